namespace Ariadne.Core.Crypto;

/// <summary>
/// Bitcoin's Base58 alphabet (no 0, O, I, l) without a checksum. Leading zero bytes map to leading '1's, so
/// the encoding is a bijection between byte strings and Base58 strings.
/// </summary>
public static class Base58
{
    public const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static readonly sbyte[] DecodeMap = BuildDecodeMap();

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // log(256)/log(58) ≈ 1.366, so this many base-58 digits always suffice.
        var size = ((data.Length - zeros) * 138 / 100) + 1;
        Span<byte> digits = size <= 512 ? stackalloc byte[size] : new byte[size];
        digits.Clear();
        var length = 0;
        for (var i = zeros; i < data.Length; i++)
        {
            int carry = data[i];
            var j = 0;
            for (var k = size - 1; (carry != 0 || j < length) && k >= 0; k--, j++)
            {
                carry += 256 * digits[k];
                digits[k] = (byte)(carry % 58);
                carry /= 58;
            }

            length = j;
        }

        var start = size - length;
        while (start < size && digits[start] == 0)
        {
            start++;
        }

        var chars = new char[zeros + (size - start)];
        chars.AsSpan(0, zeros).Fill('1');
        for (var i = start; i < size; i++)
        {
            chars[zeros + (i - start)] = Alphabet[digits[i]];
        }

        return new string(chars);
    }

    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryDecode(text, out var bytes)
            ? bytes
            : throw new FormatException("The text is not valid Base58: it contains a character outside the Bitcoin alphabet.");
    }

    /// <summary>Decodes <paramref name="text"/>; false when any character is outside the alphabet (including whitespace).</summary>
    public static bool TryDecode(string text, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        bytes = [];
        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        // log(58)/log(256) ≈ 0.733.
        var size = ((text.Length - zeros) * 733 / 1000) + 1;
        var b256 = new byte[size];
        var length = 0;
        for (var i = zeros; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128 || DecodeMap[c] < 0)
            {
                return false;
            }

            int carry = DecodeMap[c];
            var j = 0;
            for (var k = size - 1; (carry != 0 || j < length) && k >= 0; k--, j++)
            {
                carry += 58 * b256[k];
                b256[k] = (byte)(carry & 0xFF);
                carry >>= 8;
            }

            length = j;
        }

        var start = size - length;
        while (start < size && b256[start] == 0)
        {
            start++;
        }

        bytes = new byte[zeros + (size - start)];
        b256.AsSpan(start).CopyTo(bytes.AsSpan(zeros));
        return true;
    }

    private static sbyte[] BuildDecodeMap()
    {
        var map = new sbyte[128];
        Array.Fill(map, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            map[Alphabet[i]] = (sbyte)i;
        }

        return map;
    }
}
