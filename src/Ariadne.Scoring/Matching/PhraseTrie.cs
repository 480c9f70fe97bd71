namespace Ariadne.Scoring.Matching;

/// <summary>
/// All rule phrases compiled into one trie over word symbols (exact words, word starts, emoji, placeholders) with
/// gap edges for <c>~N</c>. Matching walks forward from each word, at most <see cref="PhrasePattern.MaxTokens"/>
/// pattern positions and <see cref="PhrasePattern.MaxSpan"/> words, and never goes back, so the cost stays linear in
/// the text length whatever the patterns are (no regex backtracking to exploit).
/// </summary>
internal sealed class PhraseTrie
{
    /// <summary>A phrase's choices multiply out into paths; beyond this many it is too broad to be one phrase.</summary>
    public const int MaxExpansions = 4096;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _prefixLengths = [];
    private readonly Dictionary<long, int> _edges = [];
    private readonly Dictionary<int, List<(int Max, int Child)>> _gaps = [];
    private readonly List<List<int>?> _terminals = [null];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    public PhraseTrie()
    {
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many paths <paramref name="tokens"/> expand into (the product of their choices).</summary>
    public static long Expansions(IReadOnlyList<PatternToken> tokens) =>
        tokens.Aggregate(1L, (n, t) => t.Kind == PatternTokenKind.Gap ? n : Math.Min(n * t.Alternatives.Count, long.MaxValue / 1024));

    /// <summary>Adds a phrase whose match reports <paramref name="payload"/>.</summary>
    public void Add(IReadOnlyList<PatternToken> tokens, int payload) => Add(tokens, 0, 0, payload);

    private void Add(IReadOnlyList<PatternToken> tokens, int position, int node, int payload)
    {
        if (position == tokens.Count)
        {
            var list = _terminals[node] ??= [];
            if (!list.Contains(payload))
            {
                list.Add(payload);
            }

            return;
        }

        var token = tokens[position];
        if (token.Kind == PatternTokenKind.Gap)
        {
            Add(tokens, position + 1, GapChild(node, token.Gap), payload);
            return;
        }

        foreach (var alternative in token.Alternatives)
        {
            if (token.Kind == PatternTokenKind.Prefix)
            {
                Add(tokens, position + 1, Child(node, PrefixSymbol(alternative)), payload);
                continue;
            }

            var at = node;
            foreach (var word in alternative.Split(' '))
            {
                at = Child(at, WordSymbol(word));
            }

            Add(tokens, position + 1, at, payload);
        }
    }

    private int WordSymbol(string word)
    {
        if (!_words.TryGetValue(word, out var id))
        {
            id = _words.Count + _prefixes.Count;
            _words[word] = id;
        }

        return id;
    }

    private int PrefixSymbol(string prefix)
    {
        if (!_prefixes.TryGetValue(prefix, out var id))
        {
            id = _words.Count + _prefixes.Count;
            _prefixes[prefix] = id;
            _prefixLengths.Add(prefix.Length);
        }

        return id;
    }

    private int Child(int node, int symbol)
    {
        var key = ((long)node << 32) | (uint)symbol;
        if (!_edges.TryGetValue(key, out var next))
        {
            next = NewNode();
            _edges[key] = next;
        }

        return next;
    }

    private int GapChild(int node, int max)
    {
        if (!_gaps.TryGetValue(node, out var list))
        {
            _gaps[node] = list = [];
        }

        foreach (var (m, child) in list)
        {
            if (m == max)
            {
                return child;
            }
        }

        var next = NewNode();
        list.Add((max, next));
        return next;
    }

    private int NewNode()
    {
        _terminals.Add(null);
        return _terminals.Count - 1;
    }

    /// <summary>
    /// Writes the symbols a folded token matches into <paramref name="symbols"/> (its exact word, then each word
    /// start it begins with) and returns how many; zero when no phrase can use the token.
    /// </summary>
    public int Symbols(ReadOnlySpan<char> token, Span<int> symbols)
    {
        var n = 0;
        if (_wordLookup.TryGetValue(token, out var id))
        {
            symbols[n++] = id;
        }

        foreach (var length in _prefixLengths)
        {
            if (length > token.Length || n == symbols.Length)
            {
                break;
            }

            if (_prefixLookup.TryGetValue(token[..length], out var prefix))
            {
                symbols[n++] = prefix;
            }
        }

        return n;
    }

    /// <summary>
    /// Reports (payload, first token, last token) for every phrase occurrence. <paramref name="symbols"/> holds each
    /// token's symbols at [<paramref name="offsets"/>[i], <paramref name="offsets"/>[i + 1]).
    /// </summary>
    public void Match(ReadOnlySpan<int> symbols, ReadOnlySpan<int> offsets, List<(int Payload, int First, int Last)> sink)
    {
        var tokens = offsets.Length - 1;
        for (var i = 0; i < tokens; i++)
        {
            if (offsets[i] != offsets[i + 1])
            {
                Walk(0, i, i, 0, symbols, offsets, sink);
            }
        }
    }

    private void Walk(int node, int next, int first, int steps, ReadOnlySpan<int> symbols, ReadOnlySpan<int> offsets, List<(int Payload, int First, int Last)> sink)
    {
        var tokens = offsets.Length - 1;
        if (next > first && _terminals[node] is { } payloads)
        {
            foreach (var p in payloads)
            {
                sink.Add((p, first, next - 1));
            }
        }

        if (next >= tokens || steps >= PhrasePattern.MaxSpan || next - first >= PhrasePattern.MaxSpan)
        {
            return;
        }

        FollowWord(node, next, first, steps, symbols, offsets, sink);
        if (_gaps.TryGetValue(node, out var gaps))
        {
            foreach (var (max, child) in gaps)
            {
                // The gap swallows 0..max words; the pattern position after it must then match a word (a gap never
                // ends a phrase, the validator sees to that), so the terminal check above is not repeated here.
                for (var skip = 0; skip <= max && next + skip < tokens; skip++)
                {
                    if (steps + 1 < PhrasePattern.MaxSpan && next + skip - first < PhrasePattern.MaxSpan)
                    {
                        FollowWord(child, next + skip, first, steps + 1, symbols, offsets, sink);
                    }
                }
            }
        }
    }

    // Token `next` taken by each edge from `node` that one of its symbols labels, and the walk goes on from there.
    private void FollowWord(int node, int next, int first, int steps, ReadOnlySpan<int> symbols, ReadOnlySpan<int> offsets, List<(int Payload, int First, int Last)> sink)
    {
        for (var s = offsets[next]; s < offsets[next + 1]; s++)
        {
            if (_edges.TryGetValue(((long)node << 32) | (uint)symbols[s], out var child))
            {
                Walk(child, next + 1, first, steps + 1, symbols, offsets, sink);
            }
        }
    }
}
