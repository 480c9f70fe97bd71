namespace Ariadne.Core.Sharing;

/// <summary>
/// Independent of the anonymiser: verifies that every quasi-identifier combination in a set of output rows occurs at
/// least k times. The exporter runs it on what it is about to write and refuses to write when it fails.
/// </summary>
public static class KAnonymityCheck
{
    /// <summary>True when every equivalence class has at least <paramref name="k"/> rows (an empty set passes).</summary>
    public static bool Holds(IEnumerable<SharedRecord> records, int k) => SmallestClass(records) is not { } smallest || smallest >= k;

    /// <summary>The size of the smallest equivalence class, or null when there are no rows.</summary>
    public static int? SmallestClass(IEnumerable<SharedRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var counts = new Dictionary<(string, string, string, string), int>();
        foreach (var record in records)
        {
            counts[record.QuasiKey] = counts.GetValueOrDefault(record.QuasiKey) + 1;
        }

        return counts.Count == 0 ? null : counts.Values.Min();
    }
}
