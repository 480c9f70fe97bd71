namespace Ariadne.Analysis.PhotoIndex;

/// <summary>What opening or refreshing a photo index did, for logs, the CLI and tests.</summary>
public sealed record PhotoIndexReport
{
    public PhotoIndexSource Source { get; init; }

    /// <summary>Why the index was rebuilt or reconciled (e.g. "snapshot checksum does not match its contents (corrupt)"); null when neither happened.</summary>
    public string? Reason { get; init; }

    /// <summary>Hashes added from the store since the snapshot or the last refresh.</summary>
    public int Added { get; init; }

    /// <summary>Hashes dropped because their rows are gone from the store.</summary>
    public int Removed { get; init; }

    /// <summary>True when the snapshot file was (re)written.</summary>
    public bool Saved { get; init; }

    /// <summary>Hashes in the index afterwards.</summary>
    public int Count { get; init; }

    public TimeSpan Elapsed { get; init; }
}
