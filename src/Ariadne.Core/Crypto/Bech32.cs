namespace Ariadne.Core.Crypto;

/// <summary>
/// The generic bech32 / bech32m string format (BIP-173, BIP-350): human-readable part, '1', 5-bit data and a
/// 6-character BCH checksum. Segwit address rules live in <see cref="SegwitAddress"/>.
/// </summary>
public static class Bech32
{
    public const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// <summary>BIP-173 limits a whole string to 90 characters.</summary>
    public const int MaxLength = 90;

    private const uint Bech32Constant = 1;
    private const uint Bech32mConstant = 0x2bc830a3;

    private static readonly sbyte[] CharsetRev = BuildReverse();

    /// <summary>
    /// Encodes 5-bit values (each 0..31) under <paramref name="hrp"/>. The HRP must already be lower case:
    /// the checksum covers its exact characters, so silently lower-casing an upper-case HRP would hide a bug.
    /// </summary>
    public static string Encode(string hrp, ReadOnlySpan<byte> data5, Bech32Variant variant)
    {
        ArgumentNullException.ThrowIfNull(hrp);
        if (hrp.Length is < 1 or > 83 || hrp.Any(c => c is < (char)33 or > (char)126 or >= 'A' and <= 'Z'))
        {
            throw new ArgumentException("The human-readable part must be 1..83 printable ASCII characters in lower case.", nameof(hrp));
        }

        if (hrp.Length + 1 + data5.Length + 6 > MaxLength)
        {
            throw new ArgumentException("The encoded string would exceed 90 characters.", nameof(data5));
        }

        var lowerHrp = hrp;
        var checksum = CreateChecksum(lowerHrp, data5, variant);
        var chars = new char[lowerHrp.Length + 1 + data5.Length + 6];
        lowerHrp.CopyTo(chars);
        chars[lowerHrp.Length] = '1';
        var p = lowerHrp.Length + 1;
        foreach (var d in data5)
        {
            if (d > 31)
            {
                throw new ArgumentException("Bech32 data values must be 5-bit (0..31).", nameof(data5));
            }

            chars[p++] = Charset[d];
        }

        foreach (var d in checksum)
        {
            chars[p++] = Charset[d];
        }

        return new string(chars);
    }

    /// <summary>
    /// Decodes a bech32 or bech32m string and reports which checksum matched. Rejects mixed case, characters
    /// outside 33..126, a missing or misplaced separator, an empty HRP and strings longer than 90.
    /// </summary>
    public static bool TryDecode(string text, out string hrp, out byte[] data5, out Bech32Variant variant)
    {
        ArgumentNullException.ThrowIfNull(text);
        hrp = string.Empty;
        data5 = [];
        variant = default;
        if (text.Length > MaxLength)
        {
            return false;
        }

        bool lower = false, upper = false;
        foreach (var c in text)
        {
            if (c < 33 || c > 126)
            {
                return false;
            }

            lower |= c is >= 'a' and <= 'z';
            upper |= c is >= 'A' and <= 'Z';
        }

        if (lower && upper)
        {
            return false;
        }

        var s = text.ToLowerInvariant();
        var sep = s.LastIndexOf('1');
        if (sep < 1 || sep + 7 > s.Length)
        {
            return false;
        }

        var values = new byte[s.Length - sep - 1];
        for (var i = 0; i < values.Length; i++)
        {
            var c = s[sep + 1 + i];
            var v = c < 128 ? CharsetRev[c] : (sbyte)-1;
            if (v < 0)
            {
                return false;
            }

            values[i] = (byte)v;
        }

        var h = s[..sep];
        var polymod = PolyMod(h, values);
        if (polymod == Bech32Constant)
        {
            variant = Bech32Variant.Bech32;
        }
        else if (polymod == Bech32mConstant)
        {
            variant = Bech32Variant.Bech32m;
        }
        else
        {
            return false;
        }

        hrp = h;
        data5 = values[..^6];
        return true;
    }

    /// <summary>Regroups bits (8→5 to encode a witness program, 5→8 to decode it), as in BIP-173's reference.</summary>
    public static bool TryConvertBits(ReadOnlySpan<byte> input, int fromBits, int toBits, bool pad, out byte[] output)
    {
        var acc = 0;
        var bits = 0;
        var maxv = (1 << toBits) - 1;
        var result = new List<byte>(((input.Length * fromBits) / toBits) + 1);
        foreach (var value in input)
        {
            if (value >> fromBits != 0)
            {
                output = [];
                return false;
            }

            acc = (acc << fromBits) | value;
            bits += fromBits;
            while (bits >= toBits)
            {
                bits -= toBits;
                result.Add((byte)((acc >> bits) & maxv));
            }
        }

        if (pad)
        {
            if (bits > 0)
            {
                result.Add((byte)((acc << (toBits - bits)) & maxv));
            }
        }
        else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv) != 0)
        {
            output = [];
            return false;
        }

        output = [.. result];
        return true;
    }

    private static byte[] CreateChecksum(string hrp, ReadOnlySpan<byte> data5, Bech32Variant variant)
    {
        var values = new byte[data5.Length + 6];
        data5.CopyTo(values);
        var mod = PolyMod(hrp, values) ^ (variant == Bech32Variant.Bech32m ? Bech32mConstant : Bech32Constant);
        var checksum = new byte[6];
        for (var i = 0; i < 6; i++)
        {
            checksum[i] = (byte)((mod >> (5 * (5 - i))) & 31);
        }

        return checksum;
    }

    // The checksum polynomial is computed over the expanded HRP (high bits, 0, low bits) followed by the data.
    private static uint PolyMod(string hrp, ReadOnlySpan<byte> values)
    {
        uint chk = 1;
        foreach (var c in hrp)
        {
            chk = Step(chk, (uint)(c >> 5));
        }

        chk = Step(chk, 0);
        foreach (var c in hrp)
        {
            chk = Step(chk, (uint)(c & 31));
        }

        foreach (var v in values)
        {
            chk = Step(chk, v);
        }

        return chk;
    }

    private static uint Step(uint chk, uint value)
    {
        var top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        if ((top & 1) != 0)
        {
            chk ^= 0x3b6a57b2;
        }

        if ((top & 2) != 0)
        {
            chk ^= 0x26508e6d;
        }

        if ((top & 4) != 0)
        {
            chk ^= 0x1ea119fa;
        }

        if ((top & 8) != 0)
        {
            chk ^= 0x3d4233dd;
        }

        if ((top & 16) != 0)
        {
            chk ^= 0x2a1462b3;
        }

        return chk;
    }

    private static sbyte[] BuildReverse()
    {
        var map = new sbyte[128];
        Array.Fill(map, (sbyte)-1);
        for (var i = 0; i < Charset.Length; i++)
        {
            map[Charset[i]] = (sbyte)i;
        }

        return map;
    }
}
