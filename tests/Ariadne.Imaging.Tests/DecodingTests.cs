using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Ariadne.Imaging.Decoding;
using Ariadne.Imaging.Pdq;
using SkiaSharp;

namespace Ariadne.Imaging.Tests;

/// <summary>Decoding limits, corrupt input and fuzzing: bad bytes give a clear error, never a crash.</summary>
public sealed class DecodingTests
{
    private static readonly byte[] Bridge = File.ReadAllBytes(TestData.File("images/dih/bridge-1-original.jpg"));
    private static readonly byte[] Png = File.ReadAllBytes(TestData.File("images/python-threatexchange/LA.png"));

    [Fact]
    public void Pixel_limit_rejects_from_the_header()
    {
        var result = ImageDecoder.Decode(Bridge, new DecodeLimits { MaxPixels = 1_000_000 });
        Assert.False(result.Succeeded);
        Assert.Contains("1,600 × 1,004", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void File_size_limit_rejects_before_reading()
    {
        var result = ImageDecoder.DecodeFile(TestData.File("images/dih/bridge-1-original.jpg"), new DecodeLimits { MaxFileBytes = 1000 });
        Assert.False(result.Succeeded);
        Assert.Contains("over the 1,000-byte limit", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A 200-byte PNG that declares 60,000 × 60,000 pixels is refused without allocating for them.</summary>
    [Fact]
    public void Decompression_bomb_is_rejected()
    {
        var bomb = (byte[])Png.Clone();
        // IHDR starts at byte 8: length(4) "IHDR"(4) width(4) height(4) ... CRC over type+data.
        BinaryPrimitives.WriteInt32BigEndian(bomb.AsSpan(16), 60_000);
        BinaryPrimitives.WriteInt32BigEndian(bomb.AsSpan(20), 60_000);
        BinaryPrimitives.WriteUInt32BigEndian(bomb.AsSpan(29), Crc32(bomb.AsSpan(12, 17)));
        var result = ImageDecoder.Decode(bomb);
        Assert.False(result.Succeeded);
        Assert.Contains("decompression bomb", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void Truncated_jpeg_gives_a_clear_error(int length)
    {
        var result = ImageDecoder.Decode(Bridge.AsSpan(0, length));
        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Empty_and_garbage_inputs_give_clear_errors()
    {
        Assert.Equal("file is empty", ImageDecoder.Decode([]).Error);
        Assert.Contains("not a recognised image", ImageDecoder.Decode("hello, world"u8).Error, StringComparison.Ordinal);
    }

    /// <summary>Fuzz: random bytes, random truncations and random byte flips of real files never crash.</summary>
    [Fact]
    public void Fuzzed_inputs_never_crash()
    {
        var random = new Random(1234);
        var small = File.ReadAllBytes(TestData.File("images/labelme-subset/q0003.jpg"));
        for (var i = 0; i < 300; i++)
        {
            byte[] input = (i % 3) switch
            {
                0 => RandomBytes(random, random.Next(0, 4096)),
                1 => (i % 2 == 0 ? small : Png)[..random.Next(0, (i % 2 == 0 ? small : Png).Length)],
                _ => Flip((i % 2 == 0 ? small : Png), random),
            };
            var result = ImageHasher.HashBytes(input);
            Assert.True(result.Succeeded || !string.IsNullOrEmpty(result.Error));
        }
    }

    [Fact]
    public void Without_an_orientation_tag_asking_for_orientation_changes_nothing()
    {
        using var image = JavaReferenceTests.Decode("images/dih/bridge-2-rotate-90.jpg");
        Assert.Equal(1, image.ExifOrientation);
        var plain = ImageHasher.HashDecoded(image);
        var oriented = ImageHasher.HashDecoded(image, new PdqOptions { ApplyExifOrientation = true });
        Assert.Equal(plain.Result, oriented.Result);
    }

    /// <summary>
    /// A picture stored turned, with the EXIF tag saying so (see <see cref="OrientedJpeg"/>): the decoder reports the
    /// tag and leaves the pixels as stored; asked to, the hasher turns them upright first, so the hash and size are
    /// those of the upright picture, and without asking they are not.
    /// </summary>
    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    public void Exif_orientation_turns_the_picture_upright_when_asked(int orientation)
    {
        var upright = ImageHasher.HashBytes(OrientedJpeg.UprightJpeg());
        using var image = ImageDecoder.Decode(OrientedJpeg.StoredJpeg(orientation)).Image!;
        Assert.Equal(orientation, image.ExifOrientation);
        var turned = orientation != 3;
        Assert.Equal(turned ? (OrientedJpeg.Height, OrientedJpeg.Width) : (OrientedJpeg.Width, OrientedJpeg.Height), (image.Width, image.Height));

        var oriented = ImageHasher.HashDecoded(image, new PdqOptions { ApplyExifOrientation = true });
        var plain = ImageHasher.HashDecoded(image);

        Assert.Equal((OrientedJpeg.Width, OrientedJpeg.Height), (oriented.Width, oriented.Height));
        // Flat blocks on JPEG block boundaries survive quality-100 JPEG almost exactly, so the turned-upright copy
        // hashes within a few bits of the upright one; the stored pixels, not turned, are a different picture to PDQ.
        var near = oriented.Result.Hash.DistanceTo(upright.Result.Hash);
        var far = plain.Result.Hash.DistanceTo(upright.Result.Hash);
        Assert.True(near <= 8, $"turned upright, the hash is {near} bits from the upright picture's");
        Assert.True(far >= 64, $"not turned, the hash is only {far} bits from the upright picture's");
    }

    /// <summary>
    /// The pixels themselves: after the transform the hasher picks for the decoded tag, the red corner block is back
    /// top-left and the blue one bottom-right (the stored files have them elsewhere).
    /// </summary>
    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    public void The_orientation_transform_puts_the_corners_back(int orientation)
    {
        using var image = ImageDecoder.Decode(OrientedJpeg.StoredJpeg(orientation)).Image!;
        var stored = MemoryMarshal.Cast<byte, uint>(image.Rgba).ToArray();
        var upright = new uint[stored.Length];

        var transform = LumaTransform.FromExifOrientation(image.ExifOrientation);
        LumaTransform.Apply<uint>(transform, stored, upright, image.Width, image.Height);

        Assert.Equal((OrientedJpeg.Width, OrientedJpeg.Height), LumaTransform.Size(transform, image.Width, image.Height));
        Assert.NotEqual(OrientedJpeg.Upright(0, 0), Colour(stored[0]));
        foreach (var (x, y) in new[] { (0, 0), (OrientedJpeg.Width - 1, 0), (0, OrientedJpeg.Height - 1), (OrientedJpeg.Width - 1, OrientedJpeg.Height - 1) })
        {
            AssertClose(OrientedJpeg.Upright(x, y), Colour(upright[(y * OrientedJpeg.Width) + x]), $"({x}, {y})");
        }
    }

    private static SKColor Colour(uint rgba)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, rgba);
        return new SKColor(bytes[0], bytes[1], bytes[2]);
    }

    private static void AssertClose(SKColor expected, SKColor actual, string where) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) <= 12 && Math.Abs(expected.Green - actual.Green) <= 12 && Math.Abs(expected.Blue - actual.Blue) <= 12,
            $"{where}: expected {expected}, got {actual}");

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Flip(byte[] source, Random random)
    {
        var copy = (byte[])source.Clone();
        for (var k = 0; k < 20; k++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }
        return copy;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
