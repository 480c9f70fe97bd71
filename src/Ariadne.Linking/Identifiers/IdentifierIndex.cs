namespace Ariadne.Linking.Identifiers;

/// <summary>
/// Interns the identifiers of a document list and keeps, per identifier, the ordinals of the documents that carry it
/// (compressed sparse rows: one offsets array, one flat postings array), so a million documents need no per-document
/// objects beyond the input.
/// </summary>
internal sealed class IdentifierIndex
{
    private readonly int[] _offsets;
    private readonly int[] _postings;

    private IdentifierIndex(LinkIdentifier[] identifiers, int[] offsets, int[] postings)
    {
        Identifiers = identifiers;
        _offsets = offsets;
        _postings = postings;
    }

    public LinkIdentifier[] Identifiers { get; }

    public int Count => Identifiers.Length;

    public ReadOnlySpan<int> DocumentsOf(int identifier) => _postings.AsSpan(_offsets[identifier], _offsets[identifier + 1] - _offsets[identifier]);

    public int DocumentCount(int identifier) => _offsets[identifier + 1] - _offsets[identifier];

    public static IdentifierIndex Build(IReadOnlyList<LinkDocument> documents, IReadOnlySet<Graph.LinkKind> kinds)
    {
        var ids = new Dictionary<LinkIdentifier, int>();
        var list = new List<LinkIdentifier>();
        var pairs = new List<(int Identifier, int Document)>();
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            for (var k = 0; k < doc.Identifiers.Count; k++)
            {
                var identifier = doc.Identifiers[k];
                if (!kinds.Contains(identifier.Kind))
                {
                    continue;
                }

                if (!ids.TryGetValue(identifier, out var id))
                {
                    id = list.Count;
                    ids.Add(identifier, id);
                    list.Add(identifier);
                }

                pairs.Add((id, d));
            }
        }

        var offsets = new int[list.Count + 1];
        foreach (var (id, _) in pairs)
        {
            offsets[id + 1]++;
        }

        for (var i = 0; i < list.Count; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var cursor = offsets.AsSpan(0, list.Count).ToArray();
        var postings = new int[pairs.Count];
        var previous = new int[list.Count];
        Array.Fill(previous, -1);
        var used = 0;
        foreach (var (id, doc) in pairs)
        {
            // A document naming the same phone twice is one posting.
            if (previous[id] == doc)
            {
                continue;
            }

            previous[id] = doc;
            postings[cursor[id]++] = doc;
            used++;
        }

        if (used != pairs.Count)
        {
            // Compact away the slots duplicates left empty.
            var compact = new int[used];
            var fresh = new int[list.Count + 1];
            var w = 0;
            for (var i = 0; i < list.Count; i++)
            {
                fresh[i] = w;
                for (var p = offsets[i]; p < cursor[i]; p++)
                {
                    compact[w++] = postings[p];
                }
            }

            fresh[list.Count] = w;
            return new IdentifierIndex([.. list], fresh, compact);
        }

        return new IdentifierIndex([.. list], offsets, postings);
    }
}
