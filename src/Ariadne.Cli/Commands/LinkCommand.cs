using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ariadne.Analysis.Linking;
using Ariadne.Cli.Infrastructure;
using Ariadne.Linking;
using Ariadne.Linking.Graph;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne link</c>: offline linking of a document file into networks (contract in DESIGN.md).</summary>
public static class LinkCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Document JSONL (the synth/ingest contract: id and text required; posted_at, location, country, images used when present).", Required = true };
        var output = new Option<string?>("--out") { Description = "Where to write {\"id\", \"network\"} per document (default: standard output)." };
        var networks = new Option<string?>("--networks") { Description = "Also write one JSON line per network of two or more documents: summary, movement, templates and the evidence of every joining edge." };
        var noText = new Option<bool>("--no-text") { Description = "Do not link by text (near-duplicate texts and shared templates)." };
        var noPhotos = new Option<bool>("--no-photos") { Description = "Do not hash referenced images or link by photo." };
        var command = new Command("link", "Link the documents of a JSONL file into networks by shared phones, emails, handles, wallets, photos, near-duplicate text and shared templates; every document gets a network id.")
        {
            input, output, networks, noText, noPhotos,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(input)!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"input file not found: {path}", path);
            }

            var kinds = new HashSet<LinkKind>(LinkOptions.AllKinds);
            if (parseResult.GetValue(noText))
            {
                kinds.Remove(LinkKind.Text);
                kinds.Remove(LinkKind.Template);
            }

            if (parseResult.GetValue(noPhotos))
            {
                kinds.Remove(LinkKind.Photo);
            }

            var stderr = parseResult.InvocationConfiguration.Error;
            var clock = Stopwatch.StartNew();
            var (records, errors) = LinkInputReader.Read(path, ct);
            foreach (var error in errors)
            {
                await stderr.WriteLineAsync($"ariadne: {path}:{error.Line}: {error.Reason}");
            }

            var result = OfflineLinker.Run(records, errors, new LinkOptions { Kinds = kinds }, cancellationToken: ct);
            var outPath = parseResult.GetValue(output);
            await using (var writer = outPath is null ? null : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(false), 1 << 16))
            {
                var target = writer ?? parseResult.InvocationConfiguration.Output;
                await WriteClustersAsync(target, result, ct);
            }

            if (parseResult.GetValue(networks) is { } networksPath)
            {
                await using var stream = new FileStream(networksPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                NetworkReportWriter.Write(stream, result);
            }

            var multi = result.Link.Components().Count(c => c.Length > 1);
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"ariadne: linked {records.Count:N0} documents into {multi:N0} networks of two or more ({result.Link.ComponentCount - multi:N0} documents stand alone); {result.Link.Hubs.Count:N0} hub identifiers or boilerplate texts not used to merge; {clock.Elapsed.TotalSeconds:0.0} s"));
            foreach (var imageError in result.ImageErrors)
            {
                await stderr.WriteLineAsync("ariadne: image not hashed: " + imageError);
            }

            return errors.Count > 0 ? ExitCodes.Partial : ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteClustersAsync(TextWriter target, OfflineLinkResult result, CancellationToken ct)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using var json = new Utf8JsonWriter(buffer);
        for (var i = 0; i < result.Records.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            buffer.ResetWrittenCount();
            json.Reset();
            json.WriteStartObject();
            json.WriteString("id", result.Records[i].Id);
            json.WriteString("network", result.NetworkOf(i));
            json.WriteEndObject();
            json.Flush();
            await target.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        await target.FlushAsync(ct);
    }
}
