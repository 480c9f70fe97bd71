using System.Buffers.Binary;
using Ariadne.Imaging.Decoding;

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
    public void Exif_orientation_is_read_and_applied_only_when_asked()
    {
        using var image = JavaReferenceTests.Decode("images/dih/bridge-2-rotate-90.jpg");
        Assert.Equal(1, image.ExifOrientation);
        var plain = ImageHasher.HashDecoded(image);
        var oriented = ImageHasher.HashDecoded(image, new PdqOptions { ApplyExifOrientation = true });
        Assert.Equal(plain.Result, oriented.Result);
    }

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
