using Ariadne.Imaging.Pdq;

namespace Ariadne.Analysis.PhotoIndex;

/// <summary>How a photo index is kept.</summary>
public sealed record PhotoIndexOptions
{
    /// <summary>The snapshot file (see <see cref="PhotoIndexLocation"/>); null keeps the index in memory only.</summary>
    public string? SnapshotPath { get; init; }

    /// <summary>
    /// Re-save the snapshot once this many hashes were added or removed since it was written. Below it the changes
    /// are simply re-read from the store (rows newer than the watermark) on the next start, which is cheap; above
    /// it re-writing the file (about a second per million hashes) is cheaper than re-reading them every time.
    /// </summary>
    public int SaveAfterChanges { get; init; } = 10_000;

    /// <summary>Hashes of lower quality are left out (flat images match unrelated photos).</summary>
    public int MinimumQuality { get; init; } = PdqResult.MinimumReliableQuality;
}
