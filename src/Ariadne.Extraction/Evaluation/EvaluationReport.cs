using System.Globalization;
using System.Text;
using Ariadne.Core.Entities;

namespace Ariadne.Extraction.Evaluation;

/// <summary>Scores per entity type, the obfuscated-phone subset, and the misses kept for reading.</summary>
public sealed class EvaluationReport
{
    public Dictionary<EntityType, TypeScore> ByType { get; } = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => new TypeScore());

    /// <summary>
    /// Phones flagged obfuscated: expected flag against predicted flag (a recognised phone whose flag disagrees is a
    /// false negative or a false positive here, a missed obfuscated phone a false negative).
    /// </summary>
    public TypeScore ObfuscatedPhones { get; } = new();

    /// <summary>Expected phones that were recognised and whose obfuscated flag matched.</summary>
    public int ObfuscationFlagAgreements { get; set; }

    public int Texts { get; set; }

    /// <summary>Ids of the texts with at least one miss, extra or flag disagreement, in order, possibly repeated.</summary>
    public List<string> FailedCases { get; } = [];

    /// <summary>
    /// Micro-averaged score over every type the extractor is judged on (phone, email, url, handle, crypto, age,
    /// price, location); names are left out, being the one type whose value is a matter of reading.
    /// </summary>
    public TypeScore Overall
    {
        get
        {
            var all = new TypeScore();
            foreach (var (type, s) in ByType)
            {
                if (type != EntityType.Name)
                {
                    all.TruePositives += s.TruePositives;
                    all.FalsePositives += s.FalsePositives;
                    all.FalseNegatives += s.FalseNegatives;
                }
            }

            return all;
        }
    }

    public List<string> Errors { get; } = [];

    public string ToMarkdownTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| type | support | precision | recall | F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (type, s) in ByType)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {EntityTypeNames.Of(type)} | {s.Support} | {s.Precision:F3} | {s.Recall:F3} | {s.F1:F3} |"));
        }

        var o = ObfuscatedPhones;
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| phone (obfuscated subset) | {o.Support} | {o.Precision:F3} | {o.Recall:F3} | {o.F1:F3} |"));
        var a = Overall;
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| overall (all but name) | {a.Support} | {a.Precision:F3} | {a.Recall:F3} | {a.F1:F3} |"));
        return sb.ToString();
    }
}
