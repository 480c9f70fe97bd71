using System.Globalization;
using System.Text;
using Ariadne.Core.Entities;

namespace Ariadne.Extraction.Evaluation;

/// <summary>Scores per entity type, the obfuscated-phone subset, and the misses kept for reading.</summary>
public sealed class EvaluationReport
{
    public Dictionary<EntityType, TypeScore> ByType { get; } = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => new TypeScore());

    /// <summary>Expected phones marked obfuscated vs. predicted phones flagged obfuscated.</summary>
    public TypeScore ObfuscatedPhones { get; } = new();

    /// <summary>Expected phones that were recognised and whose obfuscated flag matched.</summary>
    public int ObfuscationFlagAgreements { get; set; }

    public int Texts { get; set; }

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
        return sb.ToString();
    }
}
