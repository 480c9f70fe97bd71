using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ariadne.Analysis.Linking;
using Ariadne.Analysis.Scoring;
using Ariadne.Cli.Infrastructure;
using Ariadne.Linking;

namespace Ariadne.Cli.Commands;

/// <summary>
/// <c>ariadne score</c>: offline scoring of a document file (the contract in docs/data-formats.md): extracts, links
/// and scores every line and writes <c>{"id","network","risk","band","reasons":[{"id","weight","evidence"}]}</c>.
/// </summary>
public static class ScoreCommand
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false };

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Document JSONL (the synth/ingest contract: id and text required; title, posted_at, location, country used when present).", Required = true };
        var model = new Option<string?>("--model") { Description = "Risk model folder: a tree model from 'ariadne model train' or an evidence calibration from 'ariadne model calibrate'; default ARIADNE_MODEL, else the evidence model of the shipped rule packs (likelihood ratios, no training)." };
        var output = new Option<string?>("--out") { Description = "Where to write one JSON line per document (default: standard output)." };
        var command = new Command("score", "Score the documents of a JSONL file without a store: extract, link and score each; one JSON line per document with its advisory risk, band, network and reasons. Scores are advisory; a person decides.")
        {
            input, model, output,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(input)!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"input file not found: {path}", path);
            }

            var stderr = parseResult.InvocationConfiguration.Error;
            var risk = RiskModelResolver.Resolve(parseResult.GetValue(model), stderr, ct);
            using var owned = risk as IDisposable;
            var (records, errors) = LinkInputReader.Read(path, ct);
            foreach (var error in errors)
            {
                await stderr.WriteLineAsync($"ariadne: {path}:{error.Line}: {error.Reason}");
            }

            var scores = OfflineScorer.Run(records, risk, new LinkOptions(), ct);
            var outPath = parseResult.GetValue(output);
            await using (var file = outPath is null ? null : new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var target = file ?? (Stream)new MemoryStream();
                foreach (var score in scores)
                {
                    Write(target, score);
                }

                if (file is null)
                {
                    await parseResult.InvocationConfiguration.Output.WriteAsync(Encoding.UTF8.GetString(((MemoryStream)target).ToArray()));
                }
            }

            var high = scores.Count(s => s.Band == "high");
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"ariadne: scored {scores.Count:N0} documents with model {risk.ModelId}: {high:N0} high (risk ≥ 0.5); advisory, a person decides"));
            return errors.Count > 0 ? ExitCodes.Partial : ExitCodes.Success;
        });
        return command;
    }

    private static void Write(Stream target, OfflineScore score)
    {
        using (var json = new Utf8JsonWriter(target, Compact))
        {
            json.WriteStartObject();
            json.WriteString("id", score.Id);
            json.WriteString("network", score.Network);
            json.WriteNumber("risk", Math.Round(score.Risk, 4));
            json.WriteString("band", score.Band);
            json.WriteStartArray("reasons");
            foreach (var reason in score.Reasons)
            {
                json.WriteStartObject();
                json.WriteString("id", reason.Id);
                json.WriteNumber("weight", reason.Weight);
                json.WriteString("evidence", reason.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        target.WriteByte((byte)'\n');
    }
}
