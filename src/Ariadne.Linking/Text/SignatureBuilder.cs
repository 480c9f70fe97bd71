namespace Ariadne.Linking.Text;

/// <summary>Computes the MinHash signatures of many texts in parallel, one reusable shingle buffer per worker.</summary>
public static class SignatureBuilder
{
    public static SignatureMatrix Build(IReadOnlyList<string> texts, LinkOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(options);
        var shingler = new Shingler(options.ShingleWidth);
        var hasher = new MinHasher(options.SignatureSize);
        var matrix = new SignatureMatrix(texts.Count, options.SignatureSize);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        Parallel.For(0, texts.Count, parallel, () => new List<uint>(256), (i, _, buffer) =>
        {
            Fill(matrix, i, texts[i], shingler, hasher, buffer, options.MinShingles);
            return buffer;
        }, _ => { });
        return matrix;
    }

    /// <summary>Computes one row; a text with fewer than <paramref name="minShingles"/> shingles is left unusable.</summary>
    public static void Fill(SignatureMatrix matrix, int row, string text, Shingler shingler, MinHasher hasher, List<uint> buffer, int minShingles)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(shingler);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(buffer);
        var count = shingler.Shingle(text, buffer);
        matrix.SetShingleCount(row, count);
        if (count < minShingles)
        {
            matrix.SetUsable(row, false);
            return;
        }

        hasher.Compute(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), matrix.Row(row));
        matrix.SetUsable(row, true);
    }
}
