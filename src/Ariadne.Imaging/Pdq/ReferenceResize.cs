namespace Ariadne.Imaging.Pdq;

/// <summary>
/// The C++ reference tool's pre-step (pdqio.cpp): an image wider or taller than 512 px is squashed to exactly
/// 512 × 512 (aspect ratio not kept) with CImg's nearest-neighbour resize, whose source index for output x is
/// floor(x · width / 512). Only for reproducing that tool's hashes (expected/cpp-cli-dih.csv); the default path
/// hashes at full resolution like the Java and Python references.
/// </summary>
public static class ReferenceResize
{
    /// <summary>The squash target.</summary>
    public const int Size = 512;

    /// <summary>True when the reference tool would resize an image of this size.</summary>
    public static bool Applies(int width, int height) => width > Size || height > Size;

    /// <summary>Nearest-neighbour squash of width × height RGBA into 512 × 512 RGBA.</summary>
    public static void Squash(ReadOnlySpan<byte> rgba, int width, int height, Span<byte> destination)
    {
        if (destination.Length < Size * Size * 4)
        {
            throw new ArgumentException("Destination must hold 512 × 512 RGBA pixels.", nameof(destination));
        }
        Span<int> sourceX = stackalloc int[Size];
        for (var x = 0; x < Size; x++)
        {
            sourceX[x] = (int)((long)x * width / Size);
        }
        for (var y = 0; y < Size; y++)
        {
            var sy = (int)((long)y * height / Size);
            var srcRow = rgba.Slice(sy * width * 4, width * 4);
            var dstRow = destination.Slice(y * Size * 4, Size * 4);
            for (var x = 0; x < Size; x++)
            {
                srcRow.Slice(sourceX[x] * 4, 4).CopyTo(dstRow.Slice(x * 4, 4));
            }
        }
    }
}
