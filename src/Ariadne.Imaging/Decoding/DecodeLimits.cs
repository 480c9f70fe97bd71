namespace Ariadne.Imaging.Decoding;

/// <summary>
/// Limits checked before any pixel is decoded, so a hostile file (a "decompression bomb": a few kilobytes that
/// declare a gigapixel image) is rejected from its header alone. Decoding needs about 12 bytes a pixel
/// (RGBA plus two float planes), so the default 50 MP caps one image at roughly 600 MB.
/// </summary>
public sealed record DecodeLimits
{
    /// <summary>Largest file accepted, in bytes (default 64 MiB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest width × height accepted (default 50,000,000).</summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>Largest width or height accepted (default 30,000), which also bounds very thin images.</summary>
    public int MaxDimension { get; init; } = 30_000;

    /// <summary>The defaults.</summary>
    public static DecodeLimits Default { get; } = new();
}
