using System.Globalization;
using System.Text.Json;
using Ariadne.Store.Scoring;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

/// <summary>The scoring commands end to end: train, evaluate on another seed, analyze, review, retrain with decisions.</summary>
public sealed class ModelAndReviewCommandTests
{
    [Fact]
    public async Task Train_evaluate_analyze_review_and_retrain_with_the_decisions()
    {
        using var dir = new TempDirectory();
        var model = Path.Combine(dir.Path, "model");
        var train = await CliHarness.RunAsync("model", "train", "--ads", "1500", "--seed", "4", "--trees", "20", "--out", model);
        Assert.True(train.ExitCode == 0, train.ToString());
        Assert.True(File.Exists(Path.Combine(model, "metadata.json")));

        var evaluate = await CliHarness.RunAsync("model", "evaluate", "--model", model, "--ads", "1000", "--corpus-seed", "9");
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        Assert.True(Metric(evaluate.Output, "roc_auc") >= 0.95, evaluate.Output);
        Assert.True(Metric(evaluate.Output, "fpr_independent_workers") <= 0.02, evaluate.Output);

        var corpus = Path.Combine(dir.Path, "corpus");
        var store = "sqlite:" + Path.Combine(dir.Path, "ariadne.db");
        Assert.Equal(0, (await CliHarness.RunAsync("synth", "--ads", "300", "--seed", "12", "--out", corpus, "--no-images")).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "ingest", corpus)).ExitCode);
        var analyze = await CliHarness.RunAsync("--store", store, "analyze", "--model", model);
        Assert.True(analyze.ExitCode == 0, analyze.ToString());
        Assert.Contains("scoring: 300 documents scored", analyze.Output, StringComparison.Ordinal);

        var list = await CliHarness.RunAsync("--store", store, "review", "list", "--top", "5", "--uncertain", "2", "--json");
        var items = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // The five riskiest, then at most two the model is unsure about: only scores near the 0.5 boundary count as
        // unsure (a 0.01 is a confident "no"), so this corpus may have fewer than two of them.
        Assert.InRange(items.Count, 5, 7);
        Assert.All(items.Take(5), i => Assert.False(i.GetProperty("uncertain").GetBoolean()));
        Assert.All(items.Skip(5), i =>
        {
            Assert.True(i.GetProperty("uncertain").GetBoolean());
            Assert.InRange(i.GetProperty("risk").GetDouble(), 0.5 - ReviewQueueItem.UncertainBand, 0.5 + ReviewQueueItem.UncertainBand);
        });
        var first = items[0].GetProperty("id").GetString()!;

        var decide = await CliHarness.RunAsync("--store", store, "review", "decide", first, "--verdict", "confirm", "--reason", "third-party wording", "--reviewer", "analyst-1");
        Assert.True(decide.ExitCode == 0, decide.ToString());
        var again = await CliHarness.RunAsync("--store", store, "review", "list", "--top", "5", "--uncertain", "0", "--json");
        Assert.DoesNotContain(first, again.Output, StringComparison.Ordinal);

        Assert.Equal(2, (await CliHarness.RunAsync("--store", store, "review", "decide", "d-none", "--verdict", "dismiss", "--reason", "x", "--reviewer", "y")).ExitCode);
        Assert.Equal(1, (await CliHarness.RunAsync("--store", store, "review", "decide", first, "--verdict", "maybe", "--reason", "x", "--reviewer", "y")).ExitCode);

        var retrain = await CliHarness.RunAsync("--store", store, "model", "train", "--ads", "1000", "--seed", "4", "--trees", "10", "--with-decisions", "--out", Path.Combine(dir.Path, "model2"));
        Assert.True(retrain.ExitCode == 0, retrain.ToString());
        using var meta = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "model2", "metadata.json")));
        Assert.Equal(1, meta.RootElement.GetProperty("review_decisions").GetInt32());
    }

    private static double Metric(string output, string name)
    {
        var line = output.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        return double.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
