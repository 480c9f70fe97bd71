namespace Ariadne.Imaging.Decoding;

/// <summary>Outcome of decoding: an image, or a message a person can act on.</summary>
public sealed record ImageDecodeResult
{
    private ImageDecodeResult(DecodedImage? image, string? error)
    {
        Image = image;
        Error = error;
    }

    /// <summary>The image; null on failure. The caller disposes it.</summary>
    public DecodedImage? Image { get; }

    /// <summary>Why decoding failed; null on success.</summary>
    public string? Error { get; }

    public bool Succeeded => Image is not null;

    internal static ImageDecodeResult Ok(DecodedImage image) => new(image, null);

    internal static ImageDecodeResult Fail(string error) => new(null, error);
}
