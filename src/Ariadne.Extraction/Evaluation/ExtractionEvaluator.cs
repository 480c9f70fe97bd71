using Ariadne.Core.Entities;

namespace Ariadne.Extraction.Evaluation;

/// <summary>
/// Scores the extractor against labelled texts. A prediction matches an expected entity of the same type and
/// value whose span overlaps it (one to one); spans need not be identical, since where a mention "starts"
/// ("IG @jade" vs "@jade") is a convention, not a fact.
/// </summary>
public static class ExtractionEvaluator
{
    public static EvaluationReport Evaluate(IEnumerable<LabelledText> examples, int maxErrors = 200)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var extractor = new EntityExtractor();
        var report = new EvaluationReport();
        foreach (var example in examples)
        {
            report.Texts++;
            var predicted = extractor.Extract(example.Text, example.Country);
            var used = new bool[predicted.Count];
            foreach (var expected in example.Expected)
            {
                var match = -1;
                for (var i = 0; i < predicted.Count; i++)
                {
                    var p = predicted[i];
                    if (!used[i] && p.Type == expected.Type && string.Equals(p.Value, expected.Value, StringComparison.Ordinal)
                        && p.Start < expected.End && expected.Start < p.End)
                    {
                        match = i;
                        break;
                    }
                }

                var score = report.ByType[expected.Type];
                if (match >= 0)
                {
                    used[match] = true;
                    score.TruePositives++;
                    if (expected.Type == EntityType.Phone)
                    {
                        report.ObfuscationFlagAgreements += predicted[match].Obfuscated == expected.Obfuscated ? 1 : 0;
                        if (expected.Obfuscated)
                        {
                            report.ObfuscatedPhones.TruePositives++;
                        }
                    }
                }
                else
                {
                    score.FalseNegatives++;
                    if (expected.Type == EntityType.Phone && expected.Obfuscated)
                    {
                        report.ObfuscatedPhones.FalseNegatives++;
                    }

                    Note(report, maxErrors, $"MISS {example.Id} {EntityTypeNames.Of(expected.Type)} {expected.Value} '{Slice(example.Text, expected.Start, expected.End)}'");
                }
            }

            for (var i = 0; i < predicted.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var p = predicted[i];
                report.ByType[p.Type].FalsePositives++;
                if (p.Type == EntityType.Phone && p.Obfuscated)
                {
                    report.ObfuscatedPhones.FalsePositives++;
                }

                Note(report, maxErrors, $"EXTRA {example.Id} {EntityTypeNames.Of(p.Type)} {p.Value} '{Slice(example.Text, p.Start, p.End)}'");
            }
        }

        return report;
    }

    private static void Note(EvaluationReport report, int max, string line)
    {
        if (report.Errors.Count < max)
        {
            report.Errors.Add(line);
        }
    }

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : "?";
}
