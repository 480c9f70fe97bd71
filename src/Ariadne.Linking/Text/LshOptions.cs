namespace Ariadne.Linking.Text;

/// <summary>
/// Banding parameters. With b bands of r rows a pair of Jaccard similarity s becomes a candidate with probability
/// 1 − (1 − s^r)^b: for 16 × 4 that is 0.64 at s = 0.5, 0.99 at s = 0.7 and 0.9998 at s = 0.8.
/// </summary>
public sealed record LshOptions
{
    public int Bands { get; init; } = 16;

    public int RowsPerBand { get; init; } = 4;

    /// <summary>
    /// Buckets up to this size are compared all-pairs; a larger bucket (boilerplate, or one big template family)
    /// compares each member only with the next <see cref="WindowInLargeBucket"/> members in document order. That
    /// keeps the work linear in the bucket size while still connecting a true family, whose members all agree.
    /// </summary>
    public int AllPairsBucketLimit { get; init; } = 48;

    public int WindowInLargeBucket { get; init; } = 4;
}
