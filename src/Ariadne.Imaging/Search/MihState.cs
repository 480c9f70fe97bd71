namespace Ariadne.Imaging.Search;

/// <summary>
/// Everything a <see cref="MultiIndexHashIndex"/> holds, as plain arrays: what <see cref="MihSnapshot"/> writes and
/// reads back. <see cref="Words"/> and <see cref="States"/> may be longer than <see cref="Next"/> ids (spare capacity).
/// </summary>
internal sealed record MihState(
    ulong[] Words,
    byte[] States,
    int Next,
    int Count,
    int[] Free,
    int[] Delta,
    int[] Widths,
    int[][] BucketOffsets,
    int[][] BucketIds,
    int Tabled,
    int Tombstones);
