using System.Text;

namespace Ariadne.Core.Crypto;

/// <summary>
/// EIP-55 mixed-case checksums for Ethereum addresses: a hex letter is upper case when the matching nibble of
/// Keccak-256(lower-case hex without 0x) is 8 or more.
/// </summary>
public static class Eip55
{
    /// <summary>Returns "0x" + the checksummed form of a 40-hex-digit address (with or without 0x, any case).</summary>
    public static string ToChecksumAddress(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var hex = StripPrefix(address).ToString();
        if (hex.Length != 40 || !IsHex(hex))
        {
            throw new FormatException("An Ethereum address is 40 hexadecimal digits, optionally prefixed by 0x.");
        }

        var lower = hex.ToLowerInvariant();
        var hash = Keccak256.Hash(Encoding.ASCII.GetBytes(lower));
        var chars = new char[42];
        chars[0] = '0';
        chars[1] = 'x';
        for (var i = 0; i < 40; i++)
        {
            var nibble = (i & 1) == 0 ? hash[i / 2] >> 4 : hash[i / 2] & 0x0F;
            var c = lower[i];
            chars[i + 2] = c >= 'a' && nibble >= 8 ? char.ToUpperInvariant(c) : c;
        }

        return new string(chars);
    }

    /// <summary>Returns "0x" + the checksummed form of a 20-byte address.</summary>
    public static string ToChecksumAddress(ReadOnlySpan<byte> address20)
    {
        if (address20.Length != 20)
        {
            throw new ArgumentException("An Ethereum address is 20 bytes.", nameof(address20));
        }

        return ToChecksumAddress(Convert.ToHexStringLower(address20));
    }

    /// <summary>
    /// True when <paramref name="address"/> is "0x" + 40 hex digits in exactly its EIP-55 case. All-lower and
    /// all-upper forms carry no checksum and are reported false here (callers decide whether to accept them).
    /// </summary>
    public static bool IsValidChecksum(string address)
    {
        if (address is null || address.Length != 42 || !address.StartsWith("0x", StringComparison.Ordinal))
        {
            return false;
        }

        var hex = address.AsSpan(2);
        if (!IsHex(hex))
        {
            return false;
        }

        return string.Equals(ToChecksumAddress(address), address, StringComparison.Ordinal);
    }

    private static ReadOnlySpan<char> StripPrefix(string address) =>
        address.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? address.AsSpan(2) : address.AsSpan();

    private static bool IsHex(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
