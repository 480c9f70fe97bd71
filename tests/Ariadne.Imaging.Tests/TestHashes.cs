using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Tests;

/// <summary>Random hashes and near neighbours for index tests.</summary>
internal static class TestHashes
{
    public static PdqHash Random(Random random) =>
        new((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());

    /// <summary>The hash with exactly <paramref name="bits"/> distinct bits flipped.</summary>
    public static PdqHash Perturb(PdqHash hash, int bits, Random random)
    {
        Span<ulong> w = [hash.Bits0, hash.Bits1, hash.Bits2, hash.Bits3];
        var flipped = new HashSet<int>();
        while (flipped.Count < bits)
        {
            flipped.Add(random.Next(256));
        }
        foreach (var k in flipped)
        {
            w[k >> 6] ^= 1UL << (k & 63);
        }
        return new PdqHash(w[0], w[1], w[2], w[3]);
    }
}
