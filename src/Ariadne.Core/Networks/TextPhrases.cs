namespace Ariadne.Core.Networks;

/// <summary>
/// A document's template phrases (little-endian uint32 hashes of its masked word 4-grams, ascending, distinct), kept
/// so template linking counts phrases across the store without re-reading bodies. A table of their own, beside the
/// signatures: an incremental run scans every signature, and wider signature rows would make that scan slower.
/// </summary>
public sealed class TextPhrases
{
    public required string DocumentId { get; init; }

    public required byte[] Phrases { get; init; }
}
