namespace Ariadne.Synth;

/// <summary>
/// xoshiro256** seeded through SplitMix64. Our own generator because System.Random's algorithm is not
/// specified across runtime versions, and "same seed, same bytes" is a contract.
/// </summary>
internal sealed class SynthRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SynthRandom(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
    }

    /// <summary>An independent stream for one purpose, so adding draws in one place never shifts another.</summary>
    public static SynthRandom For(long seed, string purpose, long index = 0)
    {
        ulong h = 1469598103934665603UL;
        foreach (var c in purpose)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return new SynthRandom(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ h ^ unchecked((ulong)index * 0xD1B54A32D192ED03UL));
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, max) without modulo bias (Lemire's multiply-shift with rejection).</summary>
    public int Next(int max)
    {
        if (max <= 1)
        {
            return 0;
        }

        var m = (ulong)max;
        while (true)
        {
            var x = NextUInt64();
            var product = Math.BigMul(x, m, out var low);
            if (low >= (0 - m) % m)
            {
                return (int)product;
            }
        }
    }

    /// <summary>Uniform in [min, maxInclusive].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public void Fill(Span<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)NextUInt64();
        }
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
