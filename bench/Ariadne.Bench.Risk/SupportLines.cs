using Ariadne.Analysis.Linking;
using Ariadne.Core.Entities;
using Ariadne.Extraction;

namespace Ariadne.Bench.Risk;

/// <summary>Which ads carry one of the generator's shared support or help lines (hubs), found by extraction.</summary>
internal static class SupportLines
{
    public static bool[] Find(IReadOnlyList<LinkInputRecord> records, IReadOnlyList<string> lines)
    {
        var set = lines.ToHashSet(StringComparer.Ordinal);
        var result = new bool[records.Count];
        if (set.Count == 0)
        {
            return result;
        }

        using var extractors = new ThreadLocal<EntityExtractor>(() => new EntityExtractor());
        Parallel.For(0, records.Count, i =>
        {
            result[i] = extractors.Value!.Extract(records[i].Text, records[i].Country).Any(e => e.Type == EntityType.Phone && set.Contains(e.Value));
        });
        return result;
    }
}
