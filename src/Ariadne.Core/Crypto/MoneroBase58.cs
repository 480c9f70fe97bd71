namespace Ariadne.Core.Crypto;

/// <summary>
/// Monero's block Base58: the bytes are cut into 8-byte blocks, each written as exactly 11 characters (a shorter
/// last block as 2..10), so the length is fixed and leading '1's are padding, not zero bytes. Addresses are
/// varint(tag) || data || first 4 bytes of Keccak-256(varint(tag) || data).
/// </summary>
public static class MoneroBase58
{
    private const int FullBlockSize = 8;
    private const int FullEncodedBlockSize = 11;
    private const int ChecksumSize = 4;

    // Encoded length of a block of 0..8 bytes.
    private static readonly int[] EncodedBlockSizes = [0, 2, 3, 5, 6, 7, 9, 10, 11];

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var full = data.Length / FullBlockSize;
        var rest = data.Length % FullBlockSize;
        var chars = new char[(full * FullEncodedBlockSize) + EncodedBlockSizes[rest]];
        for (var b = 0; b <= full; b++)
        {
            var size = b < full ? FullBlockSize : rest;
            if (size == 0)
            {
                break;
            }

            ulong value = 0;
            foreach (var x in data.Slice(b * FullBlockSize, size))
            {
                value = (value << 8) | x;
            }

            var encodedSize = EncodedBlockSizes[size];
            var offset = b * FullEncodedBlockSize;
            for (var k = encodedSize - 1; k >= 0; k--)
            {
                chars[offset + k] = Base58.Alphabet[(int)(value % 58)];
                value /= 58;
            }
        }

        return new string(chars);
    }

    /// <summary>Decodes block Base58; false on a bad character, a bad last-block length or a block overflow.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] data)
    {
        data = [];
        var full = text.Length / FullEncodedBlockSize;
        var restChars = text.Length % FullEncodedBlockSize;
        var restBytes = Array.IndexOf(EncodedBlockSizes, restChars);
        if (restBytes < 0)
        {
            return false;
        }

        var result = new byte[(full * FullBlockSize) + restBytes];
        for (var b = 0; b <= full; b++)
        {
            var encodedSize = b < full ? FullEncodedBlockSize : restChars;
            if (encodedSize == 0)
            {
                break;
            }

            var size = b < full ? FullBlockSize : restBytes;
            UInt128 value = 0;
            foreach (var c in text.Slice(b * FullEncodedBlockSize, encodedSize))
            {
                var digit = c < 128 ? Base58.Alphabet.IndexOf(c, StringComparison.Ordinal) : -1;
                if (digit < 0)
                {
                    return false;
                }

                value = (value * 58) + (uint)digit;
            }

            // The block must fit in its byte count (11 characters can express more than 2^64).
            if (value >> (8 * size) != 0)
            {
                return false;
            }

            for (var k = size - 1; k >= 0; k--)
            {
                result[(b * FullBlockSize) + k] = (byte)(value & 0xFF);
                value >>= 8;
            }
        }

        data = result;
        return true;
    }

    /// <summary>Encodes an address: varint tag, data, Keccak-256 checksum.</summary>
    public static string EncodeAddress(ulong tag, ReadOnlySpan<byte> data)
    {
        var buffer = new List<byte>(10 + data.Length + ChecksumSize);
        var t = tag;
        while (t >= 0x80)
        {
            buffer.Add((byte)((t & 0x7F) | 0x80));
            t >>= 7;
        }

        buffer.Add((byte)t);
        buffer.AddRange(data);
        var hash = Keccak256.Hash([.. buffer]);
        buffer.AddRange(hash.AsSpan(0, ChecksumSize));
        return Encode([.. buffer]);
    }

    /// <summary>Decodes an address and verifies its checksum; returns the varint tag and the data after it.</summary>
    public static bool TryDecodeAddress(ReadOnlySpan<char> text, out ulong tag, out byte[] data)
    {
        tag = 0;
        data = [];
        if (!TryDecode(text, out var raw) || raw.Length <= ChecksumSize)
        {
            return false;
        }

        var body = raw.AsSpan(0, raw.Length - ChecksumSize);
        Span<byte> hash = stackalloc byte[Keccak256.HashLength];
        Keccak256.Hash(body, hash);
        if (!hash[..ChecksumSize].SequenceEqual(raw.AsSpan(raw.Length - ChecksumSize)))
        {
            return false;
        }

        var shift = 0;
        var read = 0;
        ulong value = 0;
        while (true)
        {
            if (read >= body.Length || shift > 63)
            {
                return false;
            }

            var b = body[read++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                // A zero final byte after others is a non-canonical varint; Monero rejects it.
                if (b == 0 && read > 1)
                {
                    return false;
                }

                break;
            }

            shift += 7;
        }

        tag = value;
        data = body[read..].ToArray();
        return true;
    }
}
