using System.Buffers.Binary;
using SkiaSharp;

namespace Ariadne.Imaging.Tests;

/// <summary>
/// A made-up picture stored the way a camera stores a turned shot: the pixels as the sensor saw them and an EXIF
/// Orientation tag saying how to turn them upright. Built here (not taken from a file) so the expected pixels are known
/// exactly: flat 32 × 32 blocks of known colours, aligned to JPEG's 16-pixel blocks so quality-100 JPEG keeps them.
/// </summary>
internal static class OrientedJpeg
{
    public const int Width = 128;
    public const int Height = 64;
    private const int Block = 32;

    /// <summary>Colours of the upright picture's blocks, row by row: red in the top-left corner, blue in the bottom-right.</summary>
    public static readonly SKColor[] Blocks =
    [
        new(255, 0, 0), new(250, 250, 250), new(20, 20, 20), new(0, 200, 0),
        new(200, 200, 0), new(0, 0, 0), new(160, 160, 160), new(0, 0, 255),
    ];

    /// <summary>The upright picture's colour at (x, y).</summary>
    public static SKColor Upright(int x, int y) => Blocks[((y / Block) * (Width / Block)) + (x / Block)];

    /// <summary>The upright picture as a JPEG with no orientation tag.</summary>
    public static byte[] UprightJpeg() => Encode(Width, Height, Upright);

    /// <summary>
    /// The picture as stored with EXIF <paramref name="orientation"/> 3, 6 or 8 (the stored pixels are the upright
    /// picture turned the other way), as a JPEG carrying that tag. The formulas are the EXIF definitions, written out
    /// independently of the code under test: 3 is stored upside down; 6 is stored turned a quarter anticlockwise
    /// (the viewer turns it clockwise), so the upright top-left lands bottom-left; 8 is stored turned a quarter
    /// clockwise, so the upright top-left lands top-right.
    /// </summary>
    public static byte[] StoredJpeg(int orientation) => orientation switch
    {
        3 => WithOrientation(Encode(Width, Height, (x, y) => Upright(Width - 1 - x, Height - 1 - y)), 3),
        6 => WithOrientation(Encode(Height, Width, (x, y) => Upright(Width - 1 - y, x)), 6),
        8 => WithOrientation(Encode(Height, Width, (x, y) => Upright(y, Height - 1 - x)), 8),
        _ => throw new ArgumentOutOfRangeException(nameof(orientation), orientation, "3, 6 or 8"),
    };

    private static byte[] Encode(int width, int height, Func<int, int, SKColor> colourAt)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, colourAt(x, y));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 100);
        return data.ToArray();
    }

    /// <summary>
    /// Inserts an EXIF APP1 segment right after the JPEG's start-of-image marker: "Exif\0\0", a big-endian TIFF header
    /// and one IFD holding the single entry Orientation (tag 0x0112, type SHORT, count 1).
    /// </summary>
    private static byte[] WithOrientation(byte[] jpeg, int orientation)
    {
        Assert.True(jpeg[0] == 0xFF && jpeg[1] == 0xD8, "not a JPEG");
        var tiff = new byte[8 + 2 + 12 + 4];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8); // the first IFD follows the header
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1); // one entry
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x0112);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 3);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(14), 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), (ushort)orientation); // a SHORT sits left-aligned in the 4-byte value
        // Bytes 22..25 stay zero: no next IFD.
        byte[] header = [.. "Exif\0\0"u8];
        var segment = new byte[2 + 2 + header.Length + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(segment.Length - 2)); // the length counts itself, not the marker
        header.CopyTo(segment, 4);
        tiff.CopyTo(segment, 4 + header.Length);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }
}
