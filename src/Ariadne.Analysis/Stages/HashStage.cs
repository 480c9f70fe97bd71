namespace Ariadne.Analysis.Stages;

/// <summary>Identity of the photo-hashing stage in the store's analysis bookkeeping.</summary>
public static class HashStage
{
    public const string Name = "hash";

    /// <summary>
    /// Bump when the photo stage changes what it records: documents become pending again. Blobs already in
    /// <c>image_hashes</c> keep their row (a blob's bytes never change); clear the table to re-hash them.
    /// </summary>
    public const int Version = 1;
}
