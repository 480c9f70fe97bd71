using Ariadne.Core.Entities;
using Ariadne.Extraction.Evaluation;
using Ariadne.Synth;

namespace Ariadne.Extraction.Tests;

/// <summary>
/// Known-answer quality checks (no timings). The hand-written hard cases and the tuning corpus are asserted case
/// by case: every expected entity found with its value and obfuscated flag, nothing else found. The sealed set,
/// never tuned on, and the generator's corpus are held to floors at their measured level, for every type
/// (recall as well as precision) and for the obfuscated flag.
/// </summary>
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

        // Measured 2026-12-07 (800 ads, seed 11): phone 0.990, obfuscated subset 0.962, handle 0.986, price 0.995,
        // overall 0.996; the rest 1.000. The generator writes some forms the scanners do not read (leet digits,
        // three-word fillers, "my OF is name"), so these are not 1.000 by construction.
        AssertFloor(report, EntityType.Phone, 0.98, 0.97, message);
        AssertFloor(report, EntityType.Email, 1.0, 1.0, message);
        AssertFloor(report, EntityType.Handle, 1.0, 0.97, message);
        AssertFloor(report, EntityType.Crypto, 1.0, 1.0, message);
        AssertFloor(report, EntityType.Age, 1.0, 1.0, message);
        AssertFloor(report, EntityType.Price, 1.0, 0.98, message);
        AssertFloor(report, EntityType.Name, 1.0, 1.0, message);
        AssertFloor(report, EntityType.Location, 1.0, 1.0, message);
        Assert.True(report.ObfuscatedPhones.Precision >= 1.0 && report.ObfuscatedPhones.Recall >= 0.92, message);
        Assert.True(report.Overall.F1 >= 0.99, message);
    }

    [Theory]
    [InlineData("hard_cases.jsonl")]
    [InlineData("tuning_cases.jsonl")]
    public void Every_hand_written_case_is_extracted_exactly(string file)
    {
        var set = EvaluationSets.FromCasesJsonl(TestPaths.Data(file));
        var report = ExtractionEvaluator.Evaluate(set, maxErrors: 100);
        var failed = report.FailedCases.Distinct(StringComparer.Ordinal).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {set.Count} cases fail: {string.Join(", ", failed)}\n{string.Join('\n', report.Errors)}");
    }

    [Fact]
    public void Sealed_set_meets_its_floor()
    {
        // Scored only in aggregate: the set was written before the scanners were tuned and is never edited, so it
        // is an estimate of text nobody fitted them to. Measured 2026-12-07: phone F1 0.992 (precision 1.000,
        // recall 0.984), overall 0.995 (before issue 17's changes: phone 0.509, overall 0.635).
        var set = EvaluationSets.FromCasesJsonl(TestPaths.Data("sealed_cases.jsonl"));
        var report = ExtractionEvaluator.Evaluate(set);
        var message = report.ToMarkdownTable() + string.Join('\n', report.Errors.Take(40));
        Assert.True(set.Count >= 200, message);
        Assert.True(report.ByType[EntityType.Phone].F1 >= 0.98, message);
        Assert.True(report.ObfuscatedPhones.F1 >= 0.97, message);
        Assert.True(report.Overall.F1 >= 0.99, message);
        foreach (var type in new[] { EntityType.Email, EntityType.Handle, EntityType.Crypto, EntityType.Age, EntityType.Price, EntityType.Location })
        {
            Assert.True(report.ByType[type].F1 >= 0.97, EntityTypeNames.Of(type) + "\n" + message);
        }

        Assert.True(report.ByType[EntityType.Name].F1 >= 0.9, message);
    }

    private static void AssertFloor(EvaluationReport report, EntityType type, double precision, double recall, string message)
    {
        var s = report.ByType[type];
        Assert.True(s.Precision >= precision && s.Recall >= recall, $"{EntityTypeNames.Of(type)}: precision {s.Precision:F3} (floor {precision}), recall {s.Recall:F3} (floor {recall})\n{message}");
    }
}
