namespace Ariadne.Store.Blobs;

/// <summary>Validation of blob names: only 64 hex digits, so a name can never walk out of the store's folder.</summary>
public static class BlobHashes
{
    /// <summary>Whether <paramref name="sha256"/> is 64 hex digits (either case).</summary>
    public static bool IsValid(string? sha256)
    {
        if (sha256 is null || sha256.Length != 64)
        {
            return false;
        }

        foreach (var c in sha256)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the lower-case form of a valid hash, or throws naming the bad value.</summary>
    /// <exception cref="ArgumentException">The value is not 64 hex digits.</exception>
    public static string Normalize(string sha256, string? paramName = null)
    {
        if (!IsValid(sha256))
        {
            var shown = sha256 is null ? "null" : sha256.Length > 80 ? string.Concat(sha256.AsSpan(0, 80), "…") : sha256;
            throw new ArgumentException($"'{shown}' is not a SHA-256 hash (64 hex digits).", paramName ?? nameof(sha256));
        }

        return sha256.ToLowerInvariant();
    }
}
