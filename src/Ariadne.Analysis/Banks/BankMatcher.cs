using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;
using Ariadne.Store.Banks;

namespace Ariadne.Analysis.Banks;

/// <summary>
/// Exact radius search of query hashes against bank entries, by multi-index hashing over all entries (the
/// same answers as a linear scan). Build it once per batch of queries; searches are thread-safe.
/// </summary>
public sealed class BankMatcher
{
    /// <summary>PDQ's standard match threshold: at most 31 of 256 bits differ.</summary>
    public const int DefaultMaxDistance = 31;

    private readonly MultiIndexHashIndex _index;
    private readonly BankedHash[] _byId;

    public BankMatcher(IReadOnlyList<BankedHash> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _index = new MultiIndexHashIndex(Math.Max(entries.Count, 1));
        var ids = _index.AddRange(entries.Select(e => PdqHash.Parse(e.Entry.Hash)).ToList());
        _byId = new BankedHash[entries.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            _byId[ids[i]] = entries[i];
        }
    }

    /// <summary>Number of bank entries searched.</summary>
    public int Count => _index.Count;

    /// <summary>Every entry within <paramref name="maxDistance"/> bits of the query, nearest first (then by bank and entry).</summary>
    public IReadOnlyList<BankMatch> Match(PdqHash query, int maxDistance = DefaultMaxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, MultiIndexHashIndex.MaxRadius);
        var hits = new List<MihMatch>();
        _index.Search(query, maxDistance, hits);
        return hits
            .Select(h => new BankMatch(_byId[h.Id], h.Distance))
            .OrderBy(m => m.Distance)
            .ThenBy(m => m.Banked.BankName, StringComparer.Ordinal)
            .ThenBy(m => m.Banked.Entry.Id)
            .ToList();
    }
}
