using System.Globalization;
using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Scoring.Rules;

namespace Ariadne.Scoring.Matching;

/// <summary>
/// Applies rule packs to one document: phrase rules through one compiled <see cref="PhraseTrie"/>, signal rules
/// from the extracted entities. Thread-safe (each thread reuses its own token buffers).
/// </summary>
public sealed class IndicatorEngine
{
    /// <summary>A price this far under the local median is flagged (the "far below").</summary>
    public const double FarBelowMedianRatio = 0.5;

    private static readonly Lazy<IndicatorEngine> Shipped = new(() => new IndicatorEngine(RulePackLoader.LoadEmbedded()));

    [ThreadStatic]
    private static Tokenizer? t_tokenizer;

    [ThreadStatic]
    private static List<(int Payload, int First, int Last)>? t_matches;

    [ThreadStatic]
    private static int[]? t_symbols;

    [ThreadStatic]
    private static int[]? t_offsets;

    private readonly PhraseTrie _trie = new();
    private readonly IndicatorRule[] _rules;
    private readonly IndicatorRule[] _signalRules;

    public IndicatorEngine(IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        _rules = [.. packs.SelectMany(p => p.Rules)];
        for (var r = 0; r < _rules.Length; r++)
        {
            foreach (var phrases in _rules[r].Phrases.Values)
            {
                foreach (var phrase in phrases)
                {
                    _trie.Add(PatternParser.Parse(phrase).Tokens, r);
                }
            }
        }

        _signalRules = [.. _rules.Where(r => r.Signal is { } k && !k.IsNetwork())];
        NetworkRules = [.. _rules.Where(r => r.Signal is { } k && k.IsNetwork())];
    }

    /// <summary>The engine over the rule packs shipped in rules/.</summary>
    public static IndicatorEngine Default => Shipped.Value;

    public IReadOnlyList<IndicatorRule> Rules => _rules;

    /// <summary>The rules computed from an ad's linked network (<see cref="SignalKindExtensions.IsNetwork"/>), not from its text.</summary>
    public IReadOnlyList<IndicatorRule> NetworkRules { get; }

    /// <summary>
    /// Hits of the title (spans into <paramref name="title"/>, <see cref="RuleHit.InTitle"/> set) followed by hits of
    /// the text. Ads put a good part of their wording in the title, so both are read; entity signals come from the
    /// text, where the extractor found them.
    /// </summary>
    public List<RuleHit> MatchAd(string? title, string text, IReadOnlyList<ExtractedEntity> entities, string? location, IPriceReference? prices)
    {
        var hits = Match(text, entities, location, prices);
        if (string.IsNullOrWhiteSpace(title))
        {
            return hits;
        }

        var titleHits = MatchPhrases(title, []);
        for (var i = 0; i < titleHits.Count; i++)
        {
            titleHits[i] = titleHits[i] with { InTitle = true, Explanation = titleHits[i].Explanation.Replace("Wording: ", "Title wording: ", StringComparison.Ordinal) };
        }

        titleHits.AddRange(hits);
        return titleHits;
    }

    /// <summary>
    /// Hits in text order. <paramref name="entities"/> are the extractor's entities of <paramref name="text"/> in
    /// text order; <paramref name="location"/> and <paramref name="prices"/> feed the price rule (skipped without them).
    /// </summary>
    public List<RuleHit> Match(string text, IReadOnlyList<ExtractedEntity> entities, string? location = null, IPriceReference? prices = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var hits = MatchPhrases(text, entities);
        foreach (var rule in _signalRules)
        {
            AddSignalHits(rule, text, entities, location, prices, hits);
        }

        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Rule.Id, b.Rule.Id));
        return hits;
    }

    private List<RuleHit> MatchPhrases(string text, IReadOnlyList<ExtractedEntity> entities)
    {
        var tokenizer = t_tokenizer ??= new Tokenizer();
        var matches = t_matches ??= new List<(int, int, int)>(16);
        matches.Clear();
        tokenizer.Run(text, entities);
        var tokens = tokenizer.Tokens;
        // Each token's symbols (its word, then the word starts it begins with), flattened: the trie reads
        // token i's at symbols[offsets[i] .. offsets[i + 1]).
        const int perToken = 4;
        var symbols = t_symbols is { } s && s.Length >= tokens.Count * perToken ? s : t_symbols = new int[Math.Max(256, tokens.Count * perToken * 2)];
        var offsets = t_offsets is { } o && o.Length > tokens.Count ? o : t_offsets = new int[Math.Max(65, (tokens.Count * 2) + 1)];
        var n = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            offsets[i] = n;
            n += _trie.Symbols(tokenizer.TextOf(tokens[i]), symbols.AsSpan(n, perToken));
        }

        offsets[tokens.Count] = n;
        _trie.Match(symbols.AsSpan(0, n), offsets.AsSpan(0, tokens.Count + 1), matches);
        MergeOverlaps(matches);
        var hits = new List<RuleHit>(matches.Count + 2);
        for (var m = 0; m < matches.Count; m++)
        {
            var (payload, first, last) = matches[m];
            var rule = _rules[payload];
            var start = tokens[first].Start;
            var end = tokens[last].End;
            hits.Add(new RuleHit(rule, start, end, $"{rule.Description} Wording: \"{text[start..end]}\"."));
        }

        return hits;
    }

    // "100% REAL" and "REAL pics" are one piece of evidence when they overlap: one hit over "100% REAL pics"; so is
    // "Call my manager" with the "my manager" inside it (one hit, the longer span).
    private static void MergeOverlaps(List<(int Payload, int First, int Last)> matches)
    {
        matches.Sort(static (a, b) => a.Payload != b.Payload ? a.Payload.CompareTo(b.Payload) : a.First != b.First ? a.First.CompareTo(b.First) : b.Last.CompareTo(a.Last));
        var kept = 0;
        for (var m = 0; m < matches.Count; m++)
        {
            if (kept > 0 && matches[kept - 1].Payload == matches[m].Payload && matches[m].First <= matches[kept - 1].Last)
            {
                var merged = matches[kept - 1];
                matches[kept - 1] = (merged.Payload, merged.First, Math.Max(merged.Last, matches[m].Last));
                continue;
            }

            matches[kept++] = matches[m];
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }

    private static void AddSignalHits(IndicatorRule rule, string text, IReadOnlyList<ExtractedEntity> entities, string? location, IPriceReference? prices, List<RuleHit> hits)
    {
        foreach (var e in entities)
        {
            switch (rule.Signal)
            {
                case SignalKind.ObfuscatedPhone when e.Type == EntityType.Phone && e.Obfuscated:
                    hits.Add(new RuleHit(rule, e.Start, e.End, $"{rule.Description} Written as \"{text[e.Start..e.End]}\"."));
                    break;
                case SignalKind.StatedAgeUnder18 when e.Type == EntityType.Age && int.TryParse(e.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age < 18:
                    hits.Add(new RuleHit(rule, e.Start, e.End, $"{rule.Description} Stated age: {age}."));
                    break;
                case SignalKind.PriceFarBelowMedian when e.Type == EntityType.Price && location is not null && prices is not null:
                    if (PriceParts.TryParse(e.Value, out var amount, out var currency) && prices.Median(location, currency) is { } median
                        && amount < median * FarBelowMedianRatio)
                    {
                        hits.Add(new RuleHit(rule, e.Start, e.End, string.Create(CultureInfo.InvariantCulture, $"{rule.Description} {amount:0} {currency} against a local median of {median:0} {currency}.")));
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
