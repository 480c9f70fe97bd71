using System.Buffers;

namespace Ariadne.Imaging.Decoding;

/// <summary>Decoded pixels: width × height RGBA, 8 bits a channel, not premultiplied, no colour management (as the references).</summary>
public sealed class DecodedImage : IDisposable
{
    private byte[]? _rgba;

    internal DecodedImage(byte[] pooledRgba, int width, int height, int exifOrientation)
    {
        _rgba = pooledRgba;
        Width = width;
        Height = height;
        ExifOrientation = exifOrientation;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>EXIF orientation tag 1..8 as stored in the file (1 when absent); not applied to the pixels.</summary>
    public int ExifOrientation { get; }

    /// <summary>The pixels, 4 bytes each, row-major.</summary>
    public ReadOnlySpan<byte> Rgba => (_rgba ?? throw new ObjectDisposedException(nameof(DecodedImage))).AsSpan(0, Width * Height * 4);

    public void Dispose()
    {
        if (_rgba is { } buffer)
        {
            _rgba = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
