using System.Buffers;
using System.Globalization;
using SkiaSharp;

namespace Ariadne.Imaging.Decoding;

/// <summary>
/// Decodes JPEG, PNG, GIF (first frame), WebP, BMP and other formats SkiaSharp knows, behind <see cref="DecodeLimits"/>.
/// Pixels are RGBA8888 unpremultiplied with no colour conversion: greyscale, palette, bilevel, CMYK, 16-bit and
/// alpha images all become plain RGB(A), the alpha channel is ignored by hashing (as Pillow's convert("RGB") and
/// the Java reference's getRGB do). Never throws for bad input: every failure is an <see cref="ImageDecodeResult"/>.
/// </summary>
public static class ImageDecoder
{
    /// <summary>Reads and decodes a file, checking its size before reading it.</summary>
    public static ImageDecodeResult DecodeFile(string path, DecodeLimits? limits = null)
    {
        limits ??= DecodeLimits.Default;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ImageDecodeResult.Fail("file not found");
            }
            if (info.Length > limits.MaxFileBytes)
            {
                return ImageDecodeResult.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"file is {info.Length:N0} bytes, over the {limits.MaxFileBytes:N0}-byte limit"));
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ImageDecodeResult.Fail($"cannot read the file: {ex.Message}");
        }
        return Decode(bytes, limits);
    }

    /// <summary>Decodes an encoded image held in memory.</summary>
    public static ImageDecodeResult Decode(ReadOnlySpan<byte> encoded, DecodeLimits? limits = null)
    {
        limits ??= DecodeLimits.Default;
        if (encoded.Length > limits.MaxFileBytes)
        {
            return ImageDecodeResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"image is {encoded.Length:N0} bytes, over the {limits.MaxFileBytes:N0}-byte limit"));
        }
        if (encoded.IsEmpty)
        {
            return ImageDecodeResult.Fail("file is empty");
        }
        using var data = SKData.CreateCopy(encoded);
        // The codec takes ownership of the stream (Skia frees it even when creation fails), so it is not disposed here.
        using var codec = SKCodec.Create(new SKMemoryStream(data), out var createResult);
        if (codec is null)
        {
            return ImageDecodeResult.Fail(createResult switch
            {
                SKCodecResult.IncompleteInput => "image is truncated (header incomplete)",
                SKCodecResult.Unimplemented => "not a recognised image (unsupported format or not an image)",
                _ => "not a recognised image (corrupt or unsupported format)",
            });
        }
        var width = codec.Info.Width;
        var height = codec.Info.Height;
        if (width <= 0 || height <= 0)
        {
            return ImageDecodeResult.Fail("image declares no pixels");
        }
        // Decompression-bomb guard: decided from the header, before any allocation proportional to the pixels.
        if (width > limits.MaxDimension || height > limits.MaxDimension || (long)width * height > limits.MaxPixels)
        {
            return ImageDecodeResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"image declares {width:N0} × {height:N0} pixels, over the limit of {limits.MaxPixels:N0} pixels / {limits.MaxDimension:N0} a side (possible decompression bomb)"));
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var size = checked(width * height * 4);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var ok = false;
        try
        {
            SKCodecResult result;
            unsafe
            {
                fixed (byte* p = buffer)
                {
                    result = codec.GetPixels(info, (IntPtr)p);
                }
            }
            if (result != SKCodecResult.Success)
            {
                return ImageDecodeResult.Fail(result switch
                {
                    SKCodecResult.IncompleteInput => "image data is truncated",
                    SKCodecResult.ErrorInInput => "image data is corrupt",
                    SKCodecResult.InvalidConversion => "image colour format cannot be converted to RGB",
                    _ => $"image could not be decoded ({result})",
                });
            }
            ok = true;
            return ImageDecodeResult.Ok(new DecodedImage(buffer, width, height, OrientationTag(codec.EncodedOrigin)));
        }
        finally
        {
            if (!ok)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static int OrientationTag(SKEncodedOrigin origin) => origin switch
    {
        SKEncodedOrigin.TopRight => 2,
        SKEncodedOrigin.BottomRight => 3,
        SKEncodedOrigin.BottomLeft => 4,
        SKEncodedOrigin.LeftTop => 5,
        SKEncodedOrigin.RightTop => 6,
        SKEncodedOrigin.RightBottom => 7,
        SKEncodedOrigin.LeftBottom => 8,
        _ => 1,
    };
}
