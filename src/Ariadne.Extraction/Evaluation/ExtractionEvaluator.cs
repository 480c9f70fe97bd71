using Ariadne.Core.Entities;

namespace Ariadne.Extraction.Evaluation;

/// <summary>
/// Scores the extractor against labelled texts. A prediction matches an expected entity of the same type and
/// value whose span overlaps it (one to one); spans need not be identical, since where a mention "starts"
/// ("IG @jade" vs "@jade") is a convention, not a fact. The obfuscated-phone subset scores the predicted flag: a
/// phone counts there as a true positive only when both sides say obfuscated, so a scanner that stops flagging
/// loses recall on it and one that flags plain numbers loses precision.
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
                        var flagged = predicted[match].Obfuscated;
                        report.ObfuscationFlagAgreements += flagged == expected.Obfuscated ? 1 : 0;
                        if (flagged != expected.Obfuscated)
                        {
                            report.FailedCases.Add(example.Id);
                            Note(report, maxErrors, $"FLAG {example.Id} phone {expected.Value} expected obfuscated={expected.Obfuscated}, got {flagged}");
                        }

                        if (expected.Obfuscated && flagged)
                        {
                            report.ObfuscatedPhones.TruePositives++;
                        }
                        else if (expected.Obfuscated)
                        {
                            report.ObfuscatedPhones.FalseNegatives++;
                        }
                        else if (flagged)
                        {
                            report.ObfuscatedPhones.FalsePositives++;
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

                    report.FailedCases.Add(example.Id);
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

                report.FailedCases.Add(example.Id);
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
