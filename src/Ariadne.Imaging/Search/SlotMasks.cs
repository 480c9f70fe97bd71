using System.Collections.Concurrent;

namespace Ariadne.Imaging.Search;

/// <summary>All masks of a given bit width with at most r bits set (the probe set for one slot), computed once each.</summary>
internal static class SlotMasks
{
    private static readonly ConcurrentDictionary<(int Width, int Radius), uint[]> Cache = new();

    public static uint[] UpTo(int width, int radius) => Cache.GetOrAdd((width, radius), static key => Build(key.Width, key.Radius));

    // Enumerated by popcount (0 bits, then 1, then 2, ...), so the likely buckets are probed first.
    private static uint[] Build(int width, int radius)
    {
        var masks = new List<uint> { 0 };
        var previous = new List<uint> { 0 };
        for (var bits = 1; bits <= Math.Min(radius, width); bits++)
        {
            var current = new List<uint>();
            foreach (var m in previous)
            {
                // Extend with a bit above the highest set bit, so each combination is produced once.
                var from = m == 0 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount(m);
                for (var b = from; b < width; b++)
                {
                    current.Add(m | (1u << b));
                }
            }
            masks.AddRange(current);
            previous = current;
        }
        return [.. masks];
    }
}
