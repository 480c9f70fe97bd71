using Ariadne.Core.Entities;
using Ariadne.Extraction.Evaluation;
using Ariadne.Synth;

namespace Ariadne.Extraction.Tests;

/// <summary>Known-answer quality floors on the generator's truth and the hand-written hard cases (no timings).</summary>
public sealed class SyntheticQualityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ariadne-extract-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Synthetic_corpus_meets_the_quality_floors()
    {
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 800, Seed = 11, OutputDirectory = _dir, ImagesEnabled = false });
        var set = EvaluationSets.FromSynthetic(Path.Combine(_dir, "ads.jsonl"), Path.Combine(_dir, "truth.json"));
        var report = ExtractionEvaluator.Evaluate(set);
        var message = report.ToMarkdownTable() + string.Join('\n', report.Errors.Take(20));
        Assert.True(report.ByType[EntityType.Phone].F1 >= 0.96, message);
        Assert.True(report.ObfuscatedPhones.F1 >= 0.94, message);
        Assert.True(report.ByType[EntityType.Email].F1 >= 0.96, message);
        Assert.True(report.ByType[EntityType.Handle].F1 >= 0.96, message);
        Assert.True(report.ByType[EntityType.Crypto].Precision >= 1.0, message);
        Assert.True(report.ByType[EntityType.Location].F1 >= 0.89, message);
        Assert.True(report.ByType[EntityType.Age].F1 >= 0.95, message);
        Assert.True(report.ByType[EntityType.Price].F1 >= 0.95, message);
        Assert.True(report.ByType[EntityType.Name].F1 >= 0.90, message);
    }

    [Fact]
    public void Hard_cases_meet_the_quality_floors()
    {
        var set = EvaluationSets.FromCasesJsonl(TestPaths.Data("hard_cases.jsonl"));
        var report = ExtractionEvaluator.Evaluate(set);
        var message = report.ToMarkdownTable() + string.Join('\n', report.Errors.Take(40));
        Assert.True(report.ByType[EntityType.Phone].F1 >= 0.90, message);
        Assert.True(report.ByType[EntityType.Email].F1 >= 0.90, message);
        Assert.True(report.ByType[EntityType.Url].F1 >= 0.90, message);
        Assert.True(report.ByType[EntityType.Handle].F1 >= 0.90, message);
        Assert.True(report.ByType[EntityType.Crypto].Precision >= 1.0, message);
    }
}
