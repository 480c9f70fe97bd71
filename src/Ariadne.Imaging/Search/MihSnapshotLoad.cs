namespace Ariadne.Imaging.Search;

/// <summary>Outcome of <see cref="MihSnapshot.Load"/>: the index with its keys and manifest, or why the file was not usable.</summary>
public sealed record MihSnapshotLoad
{
    /// <summary>The index as saved; null when <see cref="Error"/> is set.</summary>
    public MultiIndexHashIndex? Index { get; init; }

    /// <summary>The caller's per-id keys as saved (4 words per id for ids below <see cref="MultiIndexHashIndex.IdLimit"/>), or empty.</summary>
    public ulong[] Keys { get; init; } = [];

    /// <summary>The caller's manifest text as saved.</summary>
    public string Manifest { get; init; } = "";

    /// <summary>Why the snapshot cannot be used (missing, truncated, corrupt, other format version); null on success.</summary>
    public string? Error { get; init; }

    /// <summary>True when the snapshot was written by another format version (a rebuild is expected, not a fault).</summary>
    public bool VersionMismatch { get; init; }

    public bool Succeeded => Index is not null;
}
