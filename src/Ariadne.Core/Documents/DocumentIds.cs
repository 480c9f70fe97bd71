using System.Security.Cryptography;

namespace Ariadne.Core.Documents;

/// <summary>Derives deterministic document ids and hashes from content.</summary>
public static class DocumentIds
{
    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The document id for a content hash: 96 bits are plenty to be unique and short enough to read out.</summary>
    public static string FromContentHash(string contentSha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentSha256);
        if (contentSha256.Length < 24)
        {
            throw new ArgumentException("A SHA-256 hex string has 64 characters.", nameof(contentSha256));
        }

        return string.Concat("d", contentSha256.AsSpan(0, 24));
    }
}
