using Ariadne.Core.Crypto;
using Ariadne.Core.Entities;

namespace Ariadne.Extraction.Crypto;

/// <summary>
/// Wallet addresses, reported only when their checksum validates: Bitcoin Base58Check (P2PKH, P2SH) and
/// bech32/bech32m segwit, Litecoin (Base58Check and ltc1), Tron (Base58Check 0x41), Ethereum (EIP-55 when
/// mixed case; all-lower/all-upper carry no checksum and are accepted) and Monero (block Base58 + Keccak).
/// </summary>
internal static class CryptoScanner
{
    // No address the scanner accepts is shorter (a Base58Check address has at least 25 chars).
    private const int MinLength = 25;

    public static void Scan(string text, List<Candidate> sink)
    {
        // Only maximal runs of at least MinLength ASCII letters and digits matter. From a run start, look at the
        // window's last char first and back: the first non-alnum found there ends every run starting before it
        // short of MinLength, so the scan jumps past it (most windows of prose hold a space near their end).
        var s = text.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiLetterOrDigit(s[i]))
            {
                i++;
                continue;
            }

            if (i + MinLength > s.Length)
            {
                return;
            }

            var k = i + MinLength - 1;
            while (k > i && char.IsAsciiLetterOrDigit(s[k]))
            {
                k--;
            }

            if (k > i)
            {
                i = k + 1;
                continue;
            }

            var j = i + MinLength;
            while (j < s.Length && char.IsAsciiLetterOrDigit(s[j]))
            {
                j++;
            }

            // Glued to other word characters (non-ASCII letters) it is part of something else.
            var bounded = (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (j == text.Length || !char.IsLetterOrDigit(text[j]));
            if (bounded && j - i is >= MinLength and <= 110 && Classify(text.AsSpan(i, j - i)) is { } value)
            {
                sink.Add(new Candidate(new ExtractedEntity(EntityType.Crypto, value, i, j), Candidate.CryptoPriority));
            }

            i = j;
        }
    }

    /// <summary>The contract value (<c>btc:…</c>, <c>eth:0x…</c>…) of a checksum-valid address, else null.</summary>
    public static string? Classify(ReadOnlySpan<char> token)
    {
        if (token.Length == 42 && token[0] == '0' && token[1] is 'x' or 'X')
        {
            return Ethereum(token);
        }

        if (token.Length is 95 or 106)
        {
            return Monero(token);
        }

        var text = token.ToString();
        if (token.Length >= 14 && token.Length <= 90 && token.IndexOf('1') > 0)
        {
            foreach (var (hrp, coin) in SegwitHrps)
            {
                if (token.Length > hrp.Length && token[hrp.Length] == '1' && token.StartsWith(hrp, StringComparison.OrdinalIgnoreCase)
                    && SegwitAddress.TryDecode(hrp, text, out _, out _))
                {
                    return coin + ":" + text.ToLowerInvariant();
                }
            }
        }

        if (token.Length is >= 25 and <= 35 && Base58Check.TryDecode(text, out var version, out var payload) && payload.Length == 20)
        {
            var coin = version switch
            {
                0x00 or 0x05 or 0x6F or 0xC4 => "btc",
                0x30 or 0x32 or 0x3A => "ltc",
                0x41 => "trx",
                _ => null,
            };
            return coin is null ? null : coin + ":" + text;
        }

        return null;
    }

    private static readonly (string Hrp, string Coin)[] SegwitHrps = [("bc", "btc"), ("tb", "btc"), ("bcrt", "btc"), ("ltc", "ltc"), ("tltc", "ltc")];

    private static string? Ethereum(ReadOnlySpan<char> token)
    {
        bool lower = false, upper = false;
        foreach (var c in token[2..])
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return null;
            }

            lower |= c is >= 'a' and <= 'f';
            upper |= c is >= 'A' and <= 'F';
        }

        var address = "0x" + token[2..].ToString();
        if (lower && upper && !Eip55.IsValidChecksum(address))
        {
            return null;
        }

        return "eth:" + Eip55.ToChecksumAddress(address);
    }

    private static string? Monero(ReadOnlySpan<char> token)
    {
        if (!MoneroBase58.TryDecodeAddress(token, out var tag, out var data))
        {
            return null;
        }

        var ok = tag switch
        {
            18 or 42 or 53 or 63 or 24 or 36 => data.Length == 64,
            19 or 54 or 25 => data.Length == 72,
            _ => false,
        };
        return ok ? "xmr:" + token.ToString() : null;
    }
}
