using Ariadne.Scoring.Corpus;

namespace Ariadne.Scoring.Evidence;

/// <summary>
/// Sentences that unrelated posters share word for word: a board's disclaimer under a quarter of all ads, a stock
/// text copied by a hundred independents. Their wording says nothing about any one poster ("Photos are recent and
/// real" in a site's disclaimer is not the poster insisting), so indicator hits inside them do not count. A sentence
/// is shared when it has at least <see cref="MinWords"/> words and appears in the ads of at least
/// <see cref="MinPosters"/> different posters (linked networks; an unlinked ad is a poster of its own). Short
/// sentences ("100% real.") are never shared: many posters writing the same short claim are each making it.
/// </summary>
public sealed class SharedWording
{
    public const int MinWords = 8;

    public const int MinPosters = 10;

    private readonly HashSet<ulong> _shared;

    private SharedWording(HashSet<ulong> shared) => _shared = shared;

    public static SharedWording None { get; } = new([]);

    /// <summary>How many distinct shared sentences were found.</summary>
    public int Count => _shared.Count;

    /// <summary>Finds the shared sentences of a corpus: each document's text with its poster (network id, or its own id).</summary>
    public static SharedWording Build(IEnumerable<(string Text, string Poster)> documents, int minPosters = MinPosters)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var shared = new HashSet<ulong>();
        var posters = new Dictionary<ulong, HashSet<string>>();
        foreach (var (text, poster) in documents)
        {
            foreach (var (_, _, key, words) in Sentences(text))
            {
                if (words < MinWords || shared.Contains(key))
                {
                    continue;
                }

                if (!posters.TryGetValue(key, out var seen))
                {
                    posters[key] = seen = new HashSet<string>(StringComparer.Ordinal);
                }

                // Sets stop growing at the threshold: memory stays bounded by sentences seen, not by posters.
                if (seen.Add(poster) && seen.Count >= minPosters)
                {
                    shared.Add(key);
                    posters.Remove(key);
                }
            }
        }

        return new SharedWording(shared);
    }

    /// <summary>The spans [start, end) of <paramref name="text"/> that are shared sentences.</summary>
    public IReadOnlyList<(int Start, int End)> SpansOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_shared.Count == 0)
        {
            return [];
        }

        List<(int, int)>? spans = null;
        foreach (var (start, end, key, words) in Sentences(text))
        {
            if (words >= MinWords && _shared.Contains(key))
            {
                (spans ??= []).Add((start, end));
            }
        }

        return spans is null ? [] : spans;
    }

    /// <summary>Whether a span of the document's text lies in one of its shared sentences.</summary>
    public static bool InShared(ScoringDocument document, int start)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var (s, e) in document.SharedSpans)
        {
            if (start >= s && start < e)
            {
                return true;
            }
        }

        return false;
    }

    // Sentences end at . ! ? ; or a line break; the key is FNV-1a 64 over the folded words joined by one space, so
    // case, accents, punctuation and spacing do not make two copies of a disclaimer differ.
    private static IEnumerable<(int Start, int End, ulong Key, int Words)> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && text[end] is not ('.' or '!' or '?' or ';' or '\n'))
            {
                end++;
            }

            var key = 14695981039346656037UL;
            var words = 0;
            var inWord = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (!inWord)
                    {
                        words++;
                        if (words > 1)
                        {
                            key = (key ^ ' ') * 1099511628211UL;
                        }

                        inWord = true;
                    }

                    key = (key ^ Matching.WordFolding.Fold(c)) * 1099511628211UL;
                }
                else
                {
                    inWord = false;
                }
            }

            if (words > 0)
            {
                yield return (start, end, key, words);
            }

            start = end + 1;
        }
    }
}
