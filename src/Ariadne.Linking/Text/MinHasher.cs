using System.Numerics;
using System.Runtime.Intrinsics;

namespace Ariadne.Linking.Text;

/// <summary>
/// MinHash signatures: for each of <see cref="Size"/> hash functions, the minimum over a document's shingles.
/// The fraction of positions where two signatures agree estimates the Jaccard similarity of the shingle sets
/// (Broder 1997). Each function is a multiply-add on 32 bits followed by an xor-shift-multiply finaliser, computed
/// eight functions at a time with <see cref="Vector256{T}"/>; the coefficients come from a fixed seed, so
/// signatures are reproducible across runs and machines.
/// </summary>
public sealed class MinHasher
{
    public const int DefaultSize = 64;

    private readonly uint[] _a;
    private readonly uint[] _b;

    public MinHasher(int size = DefaultSize, ulong seed = 0x5EED_A41A_D4E5_0001UL)
    {
        if (size <= 0 || size % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "the signature size must be a positive multiple of 8");
        }

        Size = size;
        _a = new uint[size];
        _b = new uint[size];
        var state = seed;
        for (var i = 0; i < size; i++)
        {
            _a[i] = (uint)SplitMix(ref state) | 1u;
            _b[i] = (uint)SplitMix(ref state);
        }
    }

    public int Size { get; }

    /// <summary>Writes the signature of <paramref name="shingles"/> into <paramref name="signature"/> (length <see cref="Size"/>).</summary>
    public void Compute(ReadOnlySpan<uint> shingles, Span<uint> signature)
    {
        if (signature.Length != Size)
        {
            throw new ArgumentException($"the signature needs {Size} slots", nameof(signature));
        }

        signature.Fill(uint.MaxValue);
        if (Vector256.IsHardwareAccelerated)
        {
            ComputeVector(shingles, signature);
            return;
        }

        for (var s = 0; s < shingles.Length; s++)
        {
            var x = shingles[s];
            for (var i = 0; i < Size; i++)
            {
                var h = Mix((_a[i] * x) + _b[i]);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }
    }

    private void ComputeVector(ReadOnlySpan<uint> shingles, Span<uint> signature)
    {
        var c1 = Vector256.Create(0x7FEB352Du);
        var c2 = Vector256.Create(0x846CA68Bu);
        for (var block = 0; block < Size; block += 8)
        {
            var a = Vector256.Create<uint>(_a.AsSpan(block, 8));
            var b = Vector256.Create<uint>(_b.AsSpan(block, 8));
            var min = Vector256.Create(uint.MaxValue);
            for (var s = 0; s < shingles.Length; s++)
            {
                var h = (a * Vector256.Create(shingles[s])) + b;
                h ^= Vector256.ShiftRightLogical(h, 16);
                h *= c1;
                h ^= Vector256.ShiftRightLogical(h, 15);
                h *= c2;
                h ^= Vector256.ShiftRightLogical(h, 16);
                min = Vector256.Min(min, h);
            }

            min.CopyTo(signature.Slice(block, 8));
        }
    }

    /// <summary>The same finaliser as the vector path (lowbias32), so both paths give identical signatures.</summary>
    internal static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        h ^= h >> 16;
        return h;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the two signatures agree.</summary>
    public static double Similarity(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        if (x.Length != y.Length || x.Length == 0)
        {
            throw new ArgumentException("signatures must have the same, non-zero length");
        }

        var equal = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 8 <= x.Length; i += 8)
            {
                var eq = Vector256.Equals(Vector256.Create<uint>(x.Slice(i, 8)), Vector256.Create<uint>(y.Slice(i, 8)));
                equal += BitOperations.PopCount(eq.ExtractMostSignificantBits());
            }
        }

        for (; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                equal++;
            }
        }

        return (double)equal / x.Length;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
