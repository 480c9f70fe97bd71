using System.Buffers;
using Ariadne.Imaging.Decoding;
using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging;

/// <summary>Decode (with limits) and PDQ-hash image files or bytes. Thread-safe.</summary>
public static class ImageHasher
{
    public static ImageHashResult HashFile(string path, PdqOptions? options = null, bool dihedral = false)
    {
        options ??= PdqOptions.Default;
        var result = ImageDecoder.DecodeFile(path, options.Limits);
        using var image = result.Image;
        return image is null ? new ImageHashResult { Error = result.Error } : HashDecoded(image, options, dihedral);
    }

    public static ImageHashResult HashBytes(ReadOnlySpan<byte> encoded, PdqOptions? options = null, bool dihedral = false)
    {
        options ??= PdqOptions.Default;
        var result = ImageDecoder.Decode(encoded, options.Limits);
        using var image = result.Image;
        return image is null ? new ImageHashResult { Error = result.Error } : HashDecoded(image, options, dihedral);
    }

    /// <summary>Hashes decoded pixels with the given options.</summary>
    public static ImageHashResult HashDecoded(DecodedImage image, PdqOptions? options = null, bool dihedral = false)
    {
        ArgumentNullException.ThrowIfNull(image);
        options ??= PdqOptions.Default;
        int width = image.Width, height = image.Height;
        var rgba = image.Rgba;
        byte[]? squashed = null;
        var precision = options.Luma;
        if (options.ReferenceResize)
        {
            precision = LumaPrecision.Single;
            if (ReferenceResize.Applies(width, height))
            {
                squashed = ArrayPool<byte>.Shared.Rent(ReferenceResize.Size * ReferenceResize.Size * 4);
                ReferenceResize.Squash(rgba, width, height, squashed);
                rgba = squashed.AsSpan(0, ReferenceResize.Size * ReferenceResize.Size * 4);
                width = height = ReferenceResize.Size;
            }
        }
        var n = width * height;
        var luma = ArrayPool<float>.Shared.Rent(n);
        float[]? oriented = null;
        try
        {
            LumaConverter.FromRgba(rgba, luma.AsSpan(0, n), precision);
            var pixels = luma.AsSpan(0, n);
            if (options.ApplyExifOrientation && image.ExifOrientation != 1)
            {
                var transform = LumaTransform.FromExifOrientation(image.ExifOrientation);
                oriented = ArrayPool<float>.Shared.Rent(n);
                LumaTransform.Apply<float>(transform, pixels, oriented, width, height);
                (width, height) = LumaTransform.Size(transform, width, height);
                pixels = oriented.AsSpan(0, n);
            }
            if (!dihedral)
            {
                return new ImageHashResult { Result = PdqHasher.Hash(pixels, width, height), Width = width, Height = height };
            }
            if (options.DihedralMethod == DihedralMethod.Image)
            {
                var (hashes, qualities) = PdqHasher.HashDihedralByImage(pixels, width, height);
                return new ImageHashResult { Result = new PdqResult(hashes[0], qualities[0]), Dihedral = hashes, Width = width, Height = height };
            }
            else
            {
                var (hashes, quality) = PdqHasher.HashDihedral(pixels, width, height);
                return new ImageHashResult { Result = new PdqResult(hashes[0], quality), Dihedral = hashes, Width = width, Height = height };
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(luma);
            if (oriented is not null)
            {
                ArrayPool<float>.Shared.Return(oriented);
            }
            if (squashed is not null)
            {
                ArrayPool<byte>.Shared.Return(squashed);
            }
        }
    }
}
