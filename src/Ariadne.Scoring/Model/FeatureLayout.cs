using Ariadne.Core.Entities;
using Ariadne.Scoring.Networks;
using Ariadne.Scoring.Rules;

namespace Ariadne.Scoring.Model;

/// <summary>
/// Positions in the feature vector. Fixed so a saved model and the scorer agree; changing anything here means a
/// new <see cref="FormatVersion"/> and retraining.
/// </summary>
public static class FeatureLayout
{
    public const int FormatVersion = 2;

    /// <summary>Hashed word unigrams and bigrams (presence); 2^10 buckets keep vectors small enough for tens of thousands of rows.</summary>
    public const int HashBuckets = 1024;

    public const int EntityStart = HashBuckets;

    /// <summary>One count per entity type, then obfuscated phones, lowest stated age, text length in hundreds of characters.</summary>
    public const int EntityCount = 12;

    public const int RuleStart = EntityStart + EntityCount;

    /// <summary>Summed rule weight per category (in <see cref="Categories"/> order), then the total.</summary>
    public const int RuleCount = 12;

    public const int NetworkStart = RuleStart + RuleCount;

    public const int Length = NetworkStart + NetworkFeatures.Count;

    public static readonly string[] Categories = [.. RuleCategories.All.Order(StringComparer.Ordinal)];

    static FeatureLayout()
    {
        if (Enum.GetValues<EntityType>().Length + 3 != EntityCount || Categories.Length + 1 != RuleCount)
        {
            throw new InvalidOperationException("FeatureLayout is out of step with EntityType or the rule categories.");
        }
    }
}
