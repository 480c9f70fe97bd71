using Ariadne.Core.Entities;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Matching;

namespace Ariadne.Scoring.Networks;

/// <summary>Median advertised price per place and currency, from the documents at hand (the store or a corpus).</summary>
public sealed class CorpusPriceReference : IPriceReference
{
    /// <summary>Fewer prices than this in a place give no median: one cheap ad must not define "local".</summary>
    public const int MinimumSamples = 5;

    private readonly Dictionary<string, double> _medians = new(StringComparer.Ordinal);

    public CorpusPriceReference(IEnumerable<ScoringDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var place = IdentifierNetworkFeatureSource.PlaceOf(doc);
            if (place is null)
            {
                continue;
            }

            foreach (var e in doc.Entities)
            {
                if (e.Type == EntityType.Price && PriceParts.TryParse(e.Value, out var amount, out var currency))
                {
                    var key = place + "|" + currency;
                    if (!samples.TryGetValue(key, out var list))
                    {
                        samples[key] = list = [];
                    }

                    list.Add(amount);
                }
            }
        }

        foreach (var (key, list) in samples)
        {
            if (list.Count >= MinimumSamples)
            {
                list.Sort();
                _medians[key] = list.Count % 2 == 1 ? list[list.Count / 2] : (list[(list.Count / 2) - 1] + list[list.Count / 2]) / 2;
            }
        }
    }

    public double? Median(string location, string currency)
    {
        ArgumentNullException.ThrowIfNull(location);
        return _medians.TryGetValue(location.Trim().ToUpperInvariant() + "|" + currency, out var m) ? m : null;
    }
}
