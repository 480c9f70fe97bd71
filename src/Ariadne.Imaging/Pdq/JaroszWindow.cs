namespace Ariadne.Imaging.Pdq;

/// <summary>Step 2a: the box-filter window, ceil(dimension / 128): two passes of it span one 64th of the image.</summary>
internal static class JaroszWindow
{
    /// <summary>Number of X-then-Y box passes (two box passes approximate a tent filter).</summary>
    public const int Passes = 2;

    public static int For(int dimension) => (dimension + 128 - 1) / 128;
}
