using System.Globalization;
using Ariadne.Core.Ingest;

namespace Ariadne.Web.Import;

/// <summary>Quarantine rows of one run boiled down to reasons and counts, for the stored job and the import list.</summary>
public static class QuarantineSummary
{
    public static string? Of(IReadOnlyList<QuarantineRecord> records, long total)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return null;
        }

        // Reasons often carry a detail after a colon ("invalid JSON: unexpected end"); the part before it is the kind.
        var kinds = records
            .GroupBy(r => Kind(r.Reason), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count():N0} × {g.Key}"));
        var text = string.Join("; ", kinds);
        return total > records.Count
            ? text + string.Create(CultureInfo.InvariantCulture, $" (first {records.Count:N0} of {total:N0})")
            : text;
    }

    private static string Kind(string reason)
    {
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? reason[..colon] : reason;
        return kind.Length <= 80 ? kind : kind[..79] + "…";
    }
}
