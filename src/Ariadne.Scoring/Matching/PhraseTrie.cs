namespace Ariadne.Scoring.Matching;

/// <summary>
/// All rule phrases compiled into one trie over word ids. Matching walks forward from each word at most
/// <see cref="PhrasePattern.MaxTokens"/> steps and never goes back, so the cost is linear in the text length
/// whatever the patterns are (no regex backtracking to exploit).
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<int>?> _terminals = [null];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTrie()
    {
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds a phrase whose match reports <paramref name="payload"/>.</summary>
    public void Add(string phrase, int payload)
    {
        var node = 0;
        foreach (var token in Tokenizer.PatternTokens(phrase))
        {
            if (!_words.TryGetValue(token, out var word))
            {
                word = _words.Count;
                _words[token] = word;
            }

            var key = ((long)node << 32) | (uint)word;
            if (!_edges.TryGetValue(key, out var next))
            {
                next = _terminals.Count;
                _terminals.Add(null);
                _edges[key] = next;
            }

            node = next;
        }

        var list = _terminals[node] ??= [];
        if (!list.Contains(payload))
        {
            list.Add(payload);
        }
    }

    /// <summary>Word id of a folded token, or -1 when no phrase uses the word.</summary>
    public int WordId(ReadOnlySpan<char> token) => _lookup.TryGetValue(token, out var id) ? id : -1;

    /// <summary>Reports (payload, first token, last token) for every phrase occurrence.</summary>
    public void Match(ReadOnlySpan<int> wordIds, List<(int Payload, int First, int Last)> sink)
    {
        for (var i = 0; i < wordIds.Length; i++)
        {
            var node = 0;
            for (var j = i; j < wordIds.Length && j - i < PhrasePattern.MaxTokens; j++)
            {
                if (wordIds[j] < 0 || !_edges.TryGetValue(((long)node << 32) | (uint)wordIds[j], out node))
                {
                    break;
                }

                if (_terminals[node] is { } payloads)
                {
                    foreach (var p in payloads)
                    {
                        sink.Add((p, i, j));
                    }
                }
            }
        }
    }
}
