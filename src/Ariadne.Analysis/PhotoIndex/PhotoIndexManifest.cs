namespace Ariadne.Analysis.PhotoIndex;

/// <summary>
/// What a photo-index snapshot covers, saved inside it as JSON: image hashes of at least
/// <see cref="MinimumQuality"/> hashed up to <see cref="WatermarkUtc"/>. A snapshot whose kind or quality floor
/// differs from what the reader wants is rebuilt, not patched.
/// </summary>
internal sealed record PhotoIndexManifest
{
    public const string CurrentKind = "ariadne-photo-hashes";

    public string Kind { get; init; } = CurrentKind;

    public int MinimumQuality { get; init; }

    /// <summary>The latest <c>hashed_at_utc</c> among the rows the snapshot holds.</summary>
    public DateTimeOffset WatermarkUtc { get; init; }

    public int Count { get; init; }

    public DateTimeOffset SavedAtUtc { get; init; }
}
