using System.Globalization;
using Ariadne.Extraction;
using Ariadne.Scoring.Matching;
using Ariadne.Synth.Overlap;

namespace Ariadne.Bench.Risk;

/// <summary>
/// The rules' recall on wording they were not built from: the share of the overlap generator's paraphrases of each
/// indicator (written without reading the rule packs) on which a rule of the matching category fires. The neutral
/// indicators are shown as the share on which any rule fires (it should be near zero).
/// </summary>
internal static class ParaphraseCoverage
{
    private static readonly Dictionary<string, string> Category = new(StringComparer.Ordinal)
    {
        ["trust"] = "trust",
        ["obscured-phone"] = "obscured-contact",
        ["youth"] = "youth",
        ["ethnicity"] = "ethnicity",
        ["third-party"] = "third-party",
        ["multiple-providers"] = "multiple-providers",
        ["movement"] = "movement",
    };

    public static void Print(TextWriter output)
    {
        var extractor = new EntityExtractor();
        output.WriteLine("| indicator | en | es | fr | pt | all |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var indicator in OverlapPhrasebank.Indicators)
        {
            var cells = new List<string>();
            int all = 0, hit = 0;
            foreach (var lang in OverlapPhrasebank.Languages)
            {
                var phrases = OverlapPhrasebank.Paraphrases(indicator, lang);
                var fired = phrases.Count(p => Fires(indicator, p, extractor));
                all += phrases.Count;
                hit += fired;
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{fired}/{phrases.Count}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {indicator}{(Category.ContainsKey(indicator) ? "" : " (neutral: any rule)")} | {string.Join(" | ", cells)} | {hit / (double)Math.Max(1, all):0.000} |"));
        }
    }

    private static bool Fires(string indicator, string text, EntityExtractor extractor)
    {
        var hits = IndicatorEngine.Default.Match(text, extractor.Extract(text));
        return Category.TryGetValue(indicator, out var category) ? hits.Any(h => h.Rule.Category == category) : hits.Count > 0;
    }
}
