using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Evidence;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Networks;
using Ariadne.Scoring.Rules;

namespace Ariadne.Scoring.Model;

/// <summary>
/// The default risk score: evidence weighed as likelihood ratios. Each indicator category the ad's title or text
/// carries adds the natural log of its rule's ratio (from rules/, with its source); a category written across a
/// quarter or more of the ad's linked network counts for the ad too; network signals (phones used in turn,
/// controlled movement, personas across cities) add theirs; movement wording subtracts. The sum is mapped to a
/// probability by a two-number calibration. Every term is a reason with its weight, so the score is its own
/// explanation. Thread-safe.
/// </summary>
public sealed class EvidenceModel : IRiskScorer
{
    /// <summary>Categories a linked agency's structure explains (one booking line, one city, several personas).</summary>
    private static readonly string[] AgencyExplained = ["third-party", "multiple-providers"];

    private readonly Dictionary<string, IndicatorRule> _strongest = new(StringComparer.Ordinal);
    private readonly PlattCalibrator _calibrator;

    public EvidenceModel(IndicatorEngine rules, EvidenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        Options = options ?? new EvidenceOptions();
        _calibrator = new PlattCalibrator(-Options.Scale, -Options.Intercept);
        foreach (var rule in rules.Rules.Where(r => r.Signal is not { } k || !k.IsNetwork()))
        {
            if (!_strongest.TryGetValue(rule.Category, out var best) || Math.Abs(rule.Weight) > Math.Abs(best.Weight))
            {
                _strongest[rule.Category] = rule;
            }
        }

        var identity = string.Join(",", rules.Rules.Select(r => r.VersionedId)) + string.Create(CultureInfo.InvariantCulture, $"|{Options.HabitShare:R}|{Options.Scale:R}|{Options.Intercept:R}");
        ModelId = "evidence-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..10];
    }

    /// <summary>The model over the shipped rule packs and the shipped calibration.</summary>
    public static EvidenceModel Default { get; } = new(IndicatorEngine.Default, EvidenceCalibration.Shipped);

    public EvidenceOptions Options { get; }

    public string ModelId { get; }

    public IndicatorEngine Rules { get; }

    public RiskScore Score(ScoringDocument document, NetworkEvidence network, IPriceReference? prices)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(network);
        var hits = CountedHits(Rules, document, prices);
        var reasons = Weigh(hits, network);
        return new RiskScore(Probability(reasons.Sum(r => r.Weight)), hits, reasons);
    }

    /// <summary>σ(Scale · evidence + Intercept): Platt's 1 / (1 + exp(A·s + B)) with A = −Scale and B = −Intercept.</summary>
    public double Probability(double evidence) => _calibrator.Probability(evidence);

    /// <summary>
    /// The hits of the ad's title and text that count as its own evidence: those inside a sentence unrelated posters
    /// share word for word (a board's disclaimer, a stock text) are left out.
    /// </summary>
    public static List<RuleHit> CountedHits(IndicatorEngine rules, ScoringDocument document, IPriceReference? prices)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(document);
        var hits = rules.MatchAd(document.Title, document.Text, document.Entities, IdentifierNetworkFeatureSource.PlaceOf(document), prices);
        if (document.SharedSpans.Count > 0)
        {
            hits.RemoveAll(h => !h.InTitle && SharedWording.InShared(document, h.Start));
        }

        return hits;
    }

    /// <summary>The categories an ad's own wording carries (what its network members contribute to <see cref="NetworkMember.Categories"/>).</summary>
    public static IReadOnlySet<string> CategoriesOf(IReadOnlyList<RuleHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            set.Add(hit.Rule.Category);
        }

        return set;
    }

    private List<RiskReason> Weigh(IReadOnlyList<RuleHit> hits, NetworkEvidence network)
    {
        var reasons = new List<RiskReason>();
        var agency = IsAgencyShaped(network);
        // One term per category: two rules of one category read the same fact twice, so the strongest counts.
        var own = new Dictionary<string, RuleHit>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (!own.TryGetValue(hit.Rule.Category, out var best) || Math.Abs(hit.Rule.Weight) > Math.Abs(best.Rule.Weight))
            {
                own[hit.Rule.Category] = hit;
            }
        }

        foreach (var (category, hit) in own.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (agency && AgencyExplained.Contains(category))
            {
                reasons.Add(new RiskReason(hit.Rule.VersionedId, 0, hit.Explanation + " Not counted: the network books several personas through one line in one city, as an agency does."));
                continue;
            }

            reasons.Add(new RiskReason(hit.Rule.VersionedId, hit.Rule.Weight, hit.Explanation + " " + Ratio(hit.Rule)));
        }

        if (network.Ads >= 2)
        {
            foreach (var (category, ads) in network.CategoryAds.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                if (own.ContainsKey(category) || ads < network.Ads * Options.HabitShare || !_strongest.TryGetValue(category, out var rule)
                    || (agency && AgencyExplained.Contains(category)))
                {
                    continue;
                }

                reasons.Add(new RiskReason("network." + category, rule.Weight, string.Create(CultureInfo.InvariantCulture,
                    $"{ads} of the {network.Ads} ads of its network carry {category} wording ({rule.Description.TrimEnd('.').ToLowerInvariant()}). {Ratio(rule)}")));
            }
        }

        foreach (var rule in Rules.NetworkRules)
        {
            if (NetworkSignal(rule.Signal!.Value, network) is { } fact)
            {
                reasons.Add(new RiskReason(rule.VersionedId, rule.Weight, fact + " " + Ratio(rule)));
            }
        }

        return reasons;
    }

    private static string Ratio(IndicatorRule rule) => string.Create(CultureInfo.InvariantCulture,
        $"Likelihood ratio {rule.LikelihoodRatio:0.##} ({rule.Cite}).");

    private static bool IsAgencyShaped(NetworkEvidence n) => n.Ads >= 5 && n.Personas >= 3 && n.PhonesInUse <= 1 && n.Cities <= 1;

    private static string? NetworkSignal(SignalKind kind, NetworkEvidence n) => kind switch
    {
        SignalKind.NetworkRotatingPhones when n.PhonesInUse >= 2 => string.Create(CultureInfo.InvariantCulture,
            $"Its network used {n.PhonesInUse} phone numbers, each in several ads."),
        SignalKind.NetworkControlledMovement when n.Cities30Days >= 3 && (n.PersonasAcrossCities >= 2 || n.CategoryAds.ContainsKey("third-party") || n.CategoryAds.ContainsKey("multiple-providers")) =>
            string.Create(CultureInfo.InvariantCulture, $"Its network moved through {n.Cities30Days} cities within 30 days, with {(n.PersonasAcrossCities >= 2 ? n.PersonasAcrossCities + " personas moving together" : "someone else speaking for the person")}."),
        SignalKind.NetworkPersonas when n.Personas >= 3 && n.Cities >= 2 => string.Create(CultureInfo.InvariantCulture,
            $"{n.Personas} personas are advertised with the same contact details in {n.Cities} cities."),
        _ => null,
    };
}
