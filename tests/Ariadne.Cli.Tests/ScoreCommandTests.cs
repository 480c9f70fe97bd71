using System.Text.Json;
using Ariadne.Scoring.Model;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

/// <summary>
/// <c>ariadne score</c> offline: every line of the file scored exactly as <c>ingest</c> + <c>analyze</c> score the
/// same documents in a store with the same model, networks as <c>ariadne link</c> finds them, reasons that quote the
/// document.
/// </summary>
public sealed class ScoreCommandTests
{
    [Theory]
    [InlineData("evidence")]
    [InlineData("tree")]
    public async Task A_file_scores_as_the_same_documents_do_in_a_store(string kind)
    {
        using var dir = new TempDirectory();
        var model = Path.Combine(dir.Path, "model");
        var corpus = Path.Combine(dir.Path, "corpus");
        var store = "sqlite:" + Path.Combine(dir.Path, "store", "a.db");
        string[] modelArgs = kind == "tree" ? ["--model", model] : [];
        if (kind == "tree")
        {
            Assert.Equal(0, (await CliHarness.RunAsync("model", "train", "--ads", "1500", "--seed", "4", "--trees", "20", "--out", model)).ExitCode);
        }

        Assert.Equal(0, (await CliHarness.RunAsync("synth", "--ads", "300", "--seed", "8", "--out", corpus, "--no-images")).ExitCode);
        var ads = Path.Combine(corpus, "ads.jsonl");
        var scoresFile = Path.Combine(dir.Path, "scores.jsonl");

        var score = await CliHarness.RunAsync(["score", "--input", ads, .. modelArgs, "--out", scoresFile]);
        var link = await CliHarness.RunAsync("link", "--input", ads);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "ingest", ads)).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync(["--store", store, "analyze", .. modelArgs])).ExitCode);

        Assert.Equal(0, score.ExitCode);
        var texts = File.ReadLines(ads).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("id").GetString()!,
            e => e.GetProperty("title").GetString() + "\n" + e.GetProperty("text").GetString()!);
        var lines = File.ReadLines(scoresFile).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(texts.Keys, lines.Select(l => l.GetProperty("id").GetString()!));
        var stored = await StoredRisksAsync(Path.Combine(dir.Path, "store", "a.db"));
        Assert.Equal(300, stored.Count);
        var networks = link.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("network").GetString()!);
        var reasons = 0;
        foreach (var line in lines)
        {
            var id = line.GetProperty("id").GetString()!;
            var risk = line.GetProperty("risk").GetDouble();
            Assert.True(Math.Abs(stored[id] - risk) <= 5e-5, $"{id}: score gives {risk}, the store {stored[id]}");
            Assert.Equal(RiskBand.Of(risk), line.GetProperty("band").GetString());
            Assert.Equal(networks[id], line.GetProperty("network").GetString());
            foreach (var reason in line.GetProperty("reasons").EnumerateArray())
            {
                reasons++;
                var reasonId = reason.GetProperty("id").GetString()!;
                var evidence = reason.GetProperty("evidence").GetString()!;
                if (reasonId.StartsWith("network.", StringComparison.Ordinal) && kind == "tree")
                {
                    // A tree model's network fact carries the measured count as its weight.
                    Assert.Contains(reason.GetProperty("weight").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture), evidence, StringComparison.Ordinal);
                }
                else if (reasonId.StartsWith("network.", StringComparison.Ordinal))
                {
                    Assert.Contains("Likelihood ratio", evidence, StringComparison.Ordinal);
                }
                else
                {
                    // A rule's reason quotes the words that fired, and they are the document's.
                    Assert.Contains('@', reasonId);
                    var quoted = System.Text.RegularExpressions.Regex.Match(evidence, "(?:Wording|Written as): \"(.+?)\"\\.");
                    if (quoted.Success)
                    {
                        Assert.Contains(quoted.Groups[1].Value, texts[id], StringComparison.Ordinal);
                    }
                }
            }
        }

        Assert.True(reasons > 0, "no document of a synthetic corpus had a reason");
    }

    private static async Task<Dictionary<string, double>> StoredRisksAsync(string path)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path + ";Mode=ReadOnly");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT d.external_id, r.probability FROM documents d JOIN document_risk_scores r ON r.document_id = d.id";
        var risks = new Dictionary<string, double>(StringComparer.Ordinal);
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            risks[reader.GetString(0)] = reader.GetDouble(1);
        }

        return risks;
    }
}
