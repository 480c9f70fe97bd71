using Ariadne.Core.Entities;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Networks;

namespace Ariadne.Scoring.Model;

/// <summary>
/// Turns a document into the model's feature vector (layout in <see cref="FeatureLayout"/>) and reports the rule
/// hits it found on the way, so scoring matches the rules once. Thread-safe.
/// </summary>
public sealed class FeatureExtractor(IndicatorEngine engine, FeatureSet features)
{
    [ThreadStatic]
    private static Tokenizer? t_tokenizer;

    public FeatureSet Features => features;

    public IndicatorEngine Engine => engine;

    /// <summary>Fills <paramref name="vector"/> (length <see cref="FeatureLayout.Length"/>) and returns the rule hits.</summary>
    public List<RuleHit> Extract(ScoringDocument document, NetworkFeatures network, IPriceReference? prices, Span<float> vector)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (vector.Length != FeatureLayout.Length)
        {
            throw new ArgumentException($"feature vector must have {FeatureLayout.Length} elements", nameof(vector));
        }

        vector.Clear();
        var hits = engine.MatchAd(document.Title, document.Text, document.Entities, IdentifierNetworkFeatureSource.PlaceOf(document), prices);
        if (features.HasFlag(FeatureSet.Text))
        {
            HashWords(document, vector[..FeatureLayout.HashBuckets]);
        }

        if (features.HasFlag(FeatureSet.Entities))
        {
            EntityFeatures(document, vector.Slice(FeatureLayout.EntityStart, FeatureLayout.EntityCount));
        }

        if (features.HasFlag(FeatureSet.Rules))
        {
            RuleFeatures(hits, vector.Slice(FeatureLayout.RuleStart, FeatureLayout.RuleCount));
        }

        if (features.HasFlag(FeatureSet.Network))
        {
            network.CopyTo(vector.Slice(FeatureLayout.NetworkStart, NetworkFeatures.Count));
        }

        return hits;
    }

    private static void HashWords(ScoringDocument document, Span<float> buckets)
    {
        var tokenizer = t_tokenizer ??= new Tokenizer();
        tokenizer.Run(document.Text, document.Entities);
        var previous = 0u;
        const uint mask = FeatureLayout.HashBuckets - 1;
        foreach (var token in tokenizer.Tokens)
        {
            var h = Fnv1a(tokenizer.TextOf(token));
            buckets[(int)(h & mask)] = 1;
            if (previous != 0)
            {
                // Bigram: the pair's own hash, mixed so "a b" and "b a" land apart.
                buckets[(int)((((previous * 0x9E3779B1u) ^ h) * 0x85EBCA6Bu >> 22) & mask)] = 1;
            }

            previous = h;
        }
    }

    // FNV-1a: deterministic across runs and machines (string.GetHashCode is randomised per process).
    private static uint Fnv1a(ReadOnlySpan<char> text)
    {
        var h = 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return h == 0 ? 1 : h;
    }

    private static void EntityFeatures(ScoringDocument document, Span<float> f)
    {
        var types = Enum.GetValues<EntityType>().Length;
        var minAge = 0;
        foreach (var e in document.Entities)
        {
            f[(int)e.Type]++;
            if (e.Type == EntityType.Phone && e.Obfuscated)
            {
                f[types]++;
            }

            if (e.Type == EntityType.Age && int.TryParse(e.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age))
            {
                minAge = minAge == 0 ? age : Math.Min(minAge, age);
            }
        }

        f[types + 1] = minAge;
        f[types + 2] = document.Text.Length / 100f;
    }

    private static void RuleFeatures(List<RuleHit> hits, Span<float> f)
    {
        // Each rule counts once per document, however often its wording repeats.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (!seen.Add(hit.Rule.Id))
            {
                continue;
            }

            var c = Array.IndexOf(FeatureLayout.Categories, hit.Rule.Category);
            f[c] += (float)hit.Rule.Weight;
            f[^1] += (float)hit.Rule.Weight;
        }
    }
}
