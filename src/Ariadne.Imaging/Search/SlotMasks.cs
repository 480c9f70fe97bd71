namespace Ariadne.Imaging.Search;

/// <summary>All 16-bit masks with at most r bits set (the probe set for one slot), computed once per r.</summary>
internal static class SlotMasks
{
    private static readonly ushort[][] ByRadius = [Build(0), Build(1), Build(2)];

    public static ushort[] UpTo(int radius) => ByRadius[radius];

    private static ushort[] Build(int radius)
    {
        var masks = new List<ushort>();
        for (var m = 0; m < 1 << 16; m++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)m) <= radius)
            {
                masks.Add((ushort)m);
            }
        }
        return [.. masks];
    }
}
