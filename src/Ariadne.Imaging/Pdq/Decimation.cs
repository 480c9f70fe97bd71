namespace Ariadne.Imaging.Pdq;

/// <summary>Step 3: which input rows/columns the 64×64 decimation samples: the centre of each 64th, floor((i + ½)·n / 64).</summary>
internal static class Decimation
{
    public const int Size = 64;

    /// <summary>Fills <paramref name="indices"/> (64 entries, non-decreasing) with the sampled positions along a dimension of length n.</summary>
    public static void Indices(int n, Span<int> indices)
    {
        for (var i = 0; i < Size; i++)
        {
            // Double arithmetic as in the reference.
            indices[i] = (int)(((i + 0.5) * n) / Size);
        }
    }
}
