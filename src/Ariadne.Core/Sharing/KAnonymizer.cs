namespace Ariadne.Core.Sharing;

/// <summary>
/// k-anonymity by global recoding in the spirit of Datafly (Sweeney 1998): every record gets the same level of each
/// quasi-identifier. While the records in classes smaller than k exceed the suppression budget, the
/// quasi-identifier with the most distinct values at its current level goes up one level (ties: age, location,
/// posted, kind); then the records still in classes smaller than k are dropped. Global recoding keeps one meaning per
/// column (a "US" row and a "Houston, US" row never sit side by side), which is what a receiving analyst can count
/// on; local recoding would keep more detail but makes the columns hard to aggregate.
/// </summary>
public static class KAnonymizer
{
    /// <summary>Quasi-identifier names in tie-break order, as the report names them.</summary>
    public static IReadOnlyList<string> QuasiIdentifiers { get; } = ["age", "location", "posted", "kind"];

    private static readonly IReadOnlyList<string>[] LevelNames =
        [Hierarchies.AgeLevels, Hierarchies.LocationLevels, Hierarchies.PostedLevels, Hierarchies.KindLevels];

    public static AnonymisationResult Anonymise(IReadOnlyList<SharingRecord> records, KAnonymityOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var budget = (int)Math.Floor(options.MaxSuppression * records.Count);
        var levels = new int[QuasiIdentifiers.Count];
        var rows = Generalise(records, levels);
        while (CountInSmallClasses(rows, options.K) > budget)
        {
            var next = MostDistinct(rows, levels);
            if (next < 0)
            {
                break;
            }

            levels[next]++;
            rows = Generalise(records, levels);
        }

        var sizes = ClassSizes(rows);
        var kept = rows.Where(r => sizes[r.QuasiKey] >= options.K)
            .Order(RowComparer.Instance)
            .ToList();
        var report = new AnonymisationReport(records.Count, kept.Count, records.Count - kept.Count, options.K, options.MaxSuppression,
            QuasiIdentifiers.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => LevelNames[x.i][levels[x.i]], StringComparer.Ordinal));
        return new AnonymisationResult(kept, report);
    }

    private static List<SharedRecord> Generalise(IReadOnlyList<SharingRecord> records, int[] levels)
    {
        var rows = new List<SharedRecord>(records.Count);
        foreach (var r in records)
        {
            rows.Add(new SharedRecord(
                Hierarchies.Age(r.StatedAge, levels[0]),
                Hierarchies.Location(r.City, r.Country, levels[1]),
                Hierarchies.Posted(r.PostedAtUtc, levels[2]),
                Hierarchies.Kind(r.Kind, levels[3]),
                r.RiskBand,
                r.IndicatorCategories,
                r.NetworkSizeBand));
        }

        return rows;
    }

    private static Dictionary<(string, string, string, string), int> ClassSizes(List<SharedRecord> rows)
    {
        var sizes = new Dictionary<(string, string, string, string), int>();
        foreach (var row in rows)
        {
            sizes[row.QuasiKey] = sizes.GetValueOrDefault(row.QuasiKey) + 1;
        }

        return sizes;
    }

    private static int CountInSmallClasses(List<SharedRecord> rows, int k) =>
        ClassSizes(rows).Values.Where(n => n < k).Sum();

    /// <summary>The quasi-identifier that can still be generalised and has the most distinct values, or −1.</summary>
    private static int MostDistinct(List<SharedRecord> rows, int[] levels)
    {
        var best = -1;
        var bestCount = -1;
        for (var i = 0; i < levels.Length; i++)
        {
            if (levels[i] >= LevelNames[i].Count - 1)
            {
                continue;
            }

            var distinct = rows.Select(r => i switch { 0 => r.AgeBand, 1 => r.Location, 2 => r.Posted, _ => r.Kind }).Distinct(StringComparer.Ordinal).Count();
            if (distinct > bestCount)
            {
                best = i;
                bestCount = distinct;
            }
        }

        return best;
    }

    private sealed class RowComparer : IComparer<SharedRecord>
    {
        public static readonly RowComparer Instance = new();

        public int Compare(SharedRecord? x, SharedRecord? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            // Field by field rather than through Values, which would allocate on every comparison of the sort.
            var c = string.CompareOrdinal(x.AgeBand, y.AgeBand);
            c = c != 0 ? c : string.CompareOrdinal(x.Location, y.Location);
            c = c != 0 ? c : string.CompareOrdinal(x.Posted, y.Posted);
            c = c != 0 ? c : string.CompareOrdinal(x.Kind, y.Kind);
            c = c != 0 ? c : string.CompareOrdinal(x.RiskBand, y.RiskBand);
            c = c != 0 ? c : string.CompareOrdinal(x.IndicatorCategories, y.IndicatorCategories);
            return c != 0 ? c : string.CompareOrdinal(x.NetworkSizeBand, y.NetworkSizeBand);
        }
    }
}
