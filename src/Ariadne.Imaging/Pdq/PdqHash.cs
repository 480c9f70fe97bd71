using System.Globalization;
using System.Numerics;

namespace Ariadne.Imaging.Pdq;

/// <summary>
/// A 256-bit PDQ hash. Bit k (0..255) is DCT coefficient (row k / 16, column k % 16) of the 16×16 block.
/// The text form is the reference's: the 256-bit integer Σ bit_k·2^k as 64 lower-case hex digits, most significant
/// first, so the last hex digit holds bits 0..3.
/// </summary>
public readonly record struct PdqHash(ulong Bits0, ulong Bits1, ulong Bits2, ulong Bits3)
{
    /// <summary>Number of bits in a hash.</summary>
    public const int BitCount = 256;

    /// <summary>The all-zero hash the reference returns for images too small to hash.</summary>
    public static PdqHash Zero => default;

    /// <summary>Bit k of the hash (k = i·16 + j for DCT row i, column j).</summary>
    public bool GetBit(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, BitCount);
        var word = (k >> 6) switch { 0 => Bits0, 1 => Bits1, 2 => Bits2, _ => Bits3 };
        return ((word >> (k & 63)) & 1) != 0;
    }

    /// <summary>Number of set bits (the reference's "hamming norm").</summary>
    public int PopCount() => BitOperations.PopCount(Bits0) + BitOperations.PopCount(Bits1)
        + BitOperations.PopCount(Bits2) + BitOperations.PopCount(Bits3);

    /// <summary>Hamming distance: the number of bits that differ.</summary>
    public int DistanceTo(PdqHash other) =>
        BitOperations.PopCount(Bits0 ^ other.Bits0) + BitOperations.PopCount(Bits1 ^ other.Bits1)
        + BitOperations.PopCount(Bits2 ^ other.Bits2) + BitOperations.PopCount(Bits3 ^ other.Bits3);

    /// <summary>16-bit word w (0..15) as the reference stores it: bits 16w..16w+15.</summary>
    public ushort Word16(int w) => (ushort)(((w >> 2) switch { 0 => Bits0, 1 => Bits1, 2 => Bits2, _ => Bits3 }) >> ((w & 3) * 16));

    /// <summary>Builds a hash from 256 bit flags indexed by k.</summary>
    public static PdqHash FromBits(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != BitCount)
        {
            throw new ArgumentException($"A PDQ hash has {BitCount} bits, not {bits.Length}.", nameof(bits));
        }
        Span<ulong> words = stackalloc ulong[4];
        for (var k = 0; k < BitCount; k++)
        {
            if (bits[k])
            {
                words[k >> 6] |= 1UL << (k & 63);
            }
        }
        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    /// <summary>Parses the 64-hex-digit form (case-insensitive).</summary>
    public static PdqHash Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var hash)
            ? hash
            : throw new FormatException($"'{text}' is not a PDQ hash: expected 64 hex digits.");
    }

    /// <summary>Parses the 64-hex-digit form; false on anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PdqHash hash)
    {
        hash = default;
        text = text.Trim();
        if (text.Length != 64)
        {
            return false;
        }
        // Most significant word first, as printed.
        if (!ulong.TryParse(text[..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w3)
            || !ulong.TryParse(text[16..32], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w2)
            || !ulong.TryParse(text[32..48], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w1)
            || !ulong.TryParse(text[48..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w0))
        {
            return false;
        }
        hash = new PdqHash(w0, w1, w2, w3);
        return true;
    }

    /// <summary>The reference's 64 lower-case hex digits.</summary>
    public override string ToString() => string.Create(64, this, static (span, h) =>
    {
        h.Bits3.TryFormat(span[..16], out _, "x16", CultureInfo.InvariantCulture);
        h.Bits2.TryFormat(span[16..32], out _, "x16", CultureInfo.InvariantCulture);
        h.Bits1.TryFormat(span[32..48], out _, "x16", CultureInfo.InvariantCulture);
        h.Bits0.TryFormat(span[48..], out _, "x16", CultureInfo.InvariantCulture);
    });
}
