using System.Text.Json;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

/// <summary><c>ariadne model calibrate --truth labels.csv</c>: the labels CSV is read with the shared CSV reader.</summary>
public sealed class CalibrationLabelsTests
{
    [Fact]
    public async Task A_labels_csv_calibrates_as_the_truth_file_does_and_a_bad_row_is_named_by_line()
    {
        using var dir = new TempDirectory();
        var corpus = Path.Combine(dir.Path, "corpus");
        Assert.Equal(0, (await CliHarness.RunAsync("synth", "--ads", "200", "--seed", "5", "--out", corpus, "--no-images")).ExitCode);
        var ads = Path.Combine(corpus, "ads.jsonl");
        var truth = Path.Combine(corpus, "truth.json");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(truth));
        var rows = json.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => $"\"{d.GetProperty("id").GetString()}\",{(d.GetProperty("label").GetString() == "trafficking" ? 1 : 0)}");
        var labels = Path.Combine(dir.Path, "labels.csv");
        await File.WriteAllTextAsync(labels, "id,label\r\n" + string.Join("\r\n", rows) + "\r\n");
        var bad = Path.Combine(dir.Path, "bad.csv");
        await File.WriteAllTextAsync(bad, "id,label\nx,1\ny,maybe\n");

        var fromTruth = await CliHarness.RunAsync("model", "calibrate", "--input", ads, "--truth", truth, "--out", Path.Combine(dir.Path, "a"));
        var fromCsv = await CliHarness.RunAsync("model", "calibrate", "--input", ads, "--truth", labels, "--out", Path.Combine(dir.Path, "b"));
        var fromBad = await CliHarness.RunAsync("model", "calibrate", "--input", ads, "--truth", bad, "--out", Path.Combine(dir.Path, "c"));

        Assert.True(fromTruth.ExitCode == 0, fromTruth.ToString());
        Assert.True(fromCsv.ExitCode == 0, fromCsv.ToString());
        Assert.Equal(fromTruth.Output.Split("; wrote")[0], fromCsv.Output.Split("; wrote")[0]);
        Assert.NotEqual(0, fromBad.ExitCode);
        Assert.Contains($"{bad}:3: expected id,label with label 1 or 0", fromBad.Error, StringComparison.Ordinal);
    }
}
