using System.Security.Cryptography;

namespace Ariadne.Core.Crypto;

/// <summary>
/// Base58 with a 4-byte double-SHA-256 checksum, as used by Bitcoin-family addresses (P2PKH, P2SH, WIF),
/// Litecoin and Tron. The first decoded byte is the version; Tron uses 0x41, Bitcoin P2PKH 0x00.
/// </summary>
public static class Base58Check
{
    private const int ChecksumLength = 4;

    public static string Encode(byte version, ReadOnlySpan<byte> payload)
    {
        var data = new byte[1 + payload.Length];
        data[0] = version;
        payload.CopyTo(data.AsSpan(1));
        return Encode(data);
    }

    /// <summary>Encodes bytes that already carry their version prefix (one or more bytes).</summary>
    public static string Encode(ReadOnlySpan<byte> versionedPayload)
    {
        var data = new byte[versionedPayload.Length + ChecksumLength];
        versionedPayload.CopyTo(data);
        Checksum(versionedPayload, data.AsSpan(versionedPayload.Length));
        return Base58.Encode(data);
    }

    /// <summary>Decodes and verifies the checksum; returns the version byte and the bytes after it.</summary>
    public static bool TryDecode(string text, out byte version, out byte[] payload)
    {
        version = 0;
        payload = [];
        if (!TryDecode(text, out var data) || data.Length < 1)
        {
            return false;
        }

        version = data[0];
        payload = data[1..];
        return true;
    }

    /// <summary>Decodes and verifies the checksum; returns the whole versioned payload without the checksum.</summary>
    public static bool TryDecode(string text, out byte[] versionedPayload)
    {
        ArgumentNullException.ThrowIfNull(text);
        versionedPayload = [];
        if (!Base58.TryDecode(text, out var raw) || raw.Length < ChecksumLength)
        {
            return false;
        }

        var body = raw.AsSpan(0, raw.Length - ChecksumLength);
        Span<byte> expected = stackalloc byte[ChecksumLength];
        Checksum(body, expected);
        if (!expected.SequenceEqual(raw.AsSpan(raw.Length - ChecksumLength)))
        {
            return false;
        }

        versionedPayload = body.ToArray();
        return true;
    }

    private static void Checksum(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> first = stackalloc byte[32];
        Span<byte> second = stackalloc byte[32];
        SHA256.HashData(data, first);
        SHA256.HashData(first, second);
        second[..ChecksumLength].CopyTo(destination);
    }
}
