using System.Buffers.Binary;
using System.IO.Compression;

namespace Ariadne.Imaging.Tests;

/// <summary>Just enough PNG to read a non-interlaced 16-bit greyscale file's raw samples (test helper).</summary>
internal static class Png16Grey
{
    public static (int Width, int Height, ushort[] Samples) Read(byte[] png)
    {
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var pos = 8; pos < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(16, data[8]); // bit depth
                Assert.Equal(0, data[9]); // greyscale
                Assert.Equal(0, data[12]); // not interlaced
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            pos += 12 + length;
        }
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var bytes = raw.ToArray();
        const int bpp = 2;
        var stride = width * bpp;
        var previous = new byte[stride];
        var samples = new ushort[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = bytes[y * (stride + 1)];
            var line = bytes.AsSpan((y * (stride + 1)) + 1, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? line[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
                line[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    _ => Paeth(a, b, c),
                });
            }
            for (var x = 0; x < width; x++)
            {
                samples[(y * width) + x] = BinaryPrimitives.ReadUInt16BigEndian(line[(x * 2)..]);
            }
            line.CopyTo(previous);
        }
        return (width, height, samples);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
