namespace Ariadne.Core.Imaging;

/// <summary>
/// The PDQ hash of one stored image, keyed by the SHA-256 of its bytes: a photo re-used by many documents is
/// hashed once. When the image could not be hashed, <see cref="Pdq"/> is null and <see cref="Error"/> says why.
/// </summary>
public sealed class ImageHash
{
    /// <summary>Lower-case hex SHA-256 of the blob (its name in the blob store).</summary>
    public required string BlobSha256 { get; init; }

    /// <summary>64 lower-case hex digits, or null when the image could not be hashed.</summary>
    public string? Pdq { get; init; }

    /// <summary>PDQ quality 0–100 (0 when unreadable); ≤ 49 is unreliable for linking.</summary>
    public int Quality { get; init; }

    public string? Error { get; init; }

    public DateTimeOffset HashedAtUtc { get; init; }
}
