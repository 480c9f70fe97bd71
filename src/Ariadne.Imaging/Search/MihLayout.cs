namespace Ariadne.Imaging.Search;

/// <summary>
/// How the 256 bits are cut into slots, chosen for the number of hashes indexed (Norouzi et al.: a slot should
/// have about log2(N) bits so a bucket holds about one entry). Slots are disjoint bit ranges but need not cover all
/// 256 bits: the pigeonhole argument only needs disjointness, and every candidate is verified on all 256 bits.
/// Slots are ordered widest first, because the widest get the larger probe radius (see <see cref="Radii"/>).
/// </summary>
internal sealed class MihLayout
{
    /// <summary>The radius the layout is tuned for: the PDQ matching threshold.</summary>
    public const int DesignRadius = 31;

    private MihLayout(int[] widths)
    {
        Widths = widths;
        Offsets = new int[widths.Length];
        for (var s = 1; s < widths.Length; s++)
        {
            Offsets[s] = Offsets[s - 1] + widths[s - 1];
        }
    }

    /// <summary>A layout read back from a snapshot; widths must be non-increasing, 1..32 each, 256 bits at most in all.</summary>
    public static MihLayout FromWidths(int[] widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        if (widths.Length == 0 || widths.Length > 256 || widths.Any(w => w is < 1 or > 28) || widths.Sum() > 256
            || widths.Zip(widths.Skip(1)).Any(p => p.Second > p.First))
        {
            throw new ArgumentException("Slot widths must be 1..28 bits each, non-increasing, 256 bits in all at most.", nameof(widths));
        }
        return new MihLayout([.. widths]);
    }

    /// <summary>Bits per slot, non-increasing.</summary>
    public int[] Widths { get; }

    /// <summary>First bit of each slot.</summary>
    public int[] Offsets { get; }

    public int Slots => Widths.Length;

    /// <summary>
    /// Probe radius per slot for a query radius r (Norouzi et al., Prop. 1 refined): with m slots and r = a·m + b
    /// (0 ≤ b &lt; m), a hash within r has some slot among the first b + 1 within a bits, or some later slot within
    /// a − 1 bits; otherwise its distance would be at least (b + 1)(a + 1) + (m − b − 1)·a = r + 1. A radius of −1
    /// means the slot is not probed.
    /// </summary>
    public void Radii(int radius, Span<int> radii)
    {
        var m = Slots;
        int a = radius / m, b = radius % m;
        for (var s = 0; s < m; s++)
        {
            radii[s] = s <= b ? a : a - 1;
        }
    }

    /// <summary>
    /// Picks slot count and widths minimising the expected memory touches of a radius-31 query over
    /// <paramref name="count"/> random hashes (bucket probes cost about two cache misses: offsets then ids; each
    /// candidate one), with the whole index under 128 bytes a hash (offsets get what hashes and ids leave; at least 4 MiB).
    /// </summary>
    public static MihLayout Choose(int count)
    {
        var n = Math.Max(count, 1);

        double bestCost = double.MaxValue;
        int[] best = [16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16];
        for (var m = 8; m <= 16; m++)
        {
            int a = DesignRadius / m, b = DesignRadius % m;
            int hi = b + 1, lo = m - hi;
            // Total under 128 bytes a hash: 32 for the hash, 1 for its state, 4 per slot for its id, a few of
            // slack for the delta; the bucket offsets get the rest (never less than 4 MiB for small indexes).
            var budget = Math.Max(4.0 * (1 << 20), (120.0 - 32 - 1 - (4 * m)) * n);
            for (var wHi = 1; wHi <= 28 && hi * wHi <= 256; wHi++)
            {
                for (var wLo = lo == 0 ? 0 : 1; wLo <= Math.Min(wHi, 28) && (hi * wHi) + (lo * wLo) <= 256; wLo++)
                {
                    var memory = 4.0 * ((hi * Math.Pow(2, wHi)) + (lo == 0 ? 0 : lo * Math.Pow(2, wLo)));
                    if (memory > budget)
                    {
                        continue;
                    }
                    var cost = (hi * Probes(wHi, a) * (2 + (n / Math.Pow(2, wHi))))
                        + (lo == 0 || a == 0 ? 0 : lo * Probes(wLo, a - 1) * (2 + (n / Math.Pow(2, wLo))));
                    // Each slot also costs 4 bytes a hash of ids: prefer fewer slots when the cost is close.
                    cost *= 1 + (m / 64.0);
                    if (cost < bestCost)
                    {
                        bestCost = cost;
                        best = [.. Enumerable.Repeat(wHi, hi), .. Enumerable.Repeat(wLo, lo)];
                    }
                }
            }
        }
        return new MihLayout(best);
    }

    private static double Probes(int width, int radius)
    {
        double total = 0, c = 1;
        for (var k = 0; k <= Math.Min(radius, width); k++)
        {
            total += c;
            c = c * (width - k) / (k + 1);
        }
        return total;
    }
}
