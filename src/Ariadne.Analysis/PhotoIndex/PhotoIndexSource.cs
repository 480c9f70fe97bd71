namespace Ariadne.Analysis.PhotoIndex;

/// <summary>Where a photo index came from when it was opened or refreshed.</summary>
public enum PhotoIndexSource
{
    /// <summary>Loaded from its snapshot file, then brought up to date with the store.</summary>
    Snapshot,

    /// <summary>Built from every image hash in the store (no snapshot, or it could not be used: see the reason).</summary>
    Rebuilt,

    /// <summary>An index already in memory brought up to date with the store.</summary>
    Refreshed,
}
