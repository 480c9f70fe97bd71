using Ariadne.Store.Analysis;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// One photo of a document and the other documents showing the same photo (a PDQ hash within the radius, which
/// includes byte-identical copies).
/// </summary>
/// <param name="BlobSha256">The photo's blob.</param>
/// <param name="Pdq">Its PDQ hash, or null when the image could not be hashed.</param>
/// <param name="Quality">PDQ quality 0–100.</param>
/// <param name="OtherDocuments">How many other documents show it; 0 when the hash is unreliable (not searched).</param>
/// <param name="Examples">Up to the requested number of those documents, newest first.</param>
public sealed record PhotoReuse(string BlobSha256, string? Pdq, int Quality, int OtherDocuments, IReadOnlyList<DocumentLink> Examples)
{
    /// <summary>False for unreadable images and hashes of quality ≤ 49, which match unrelated photos and are not used to link documents.</summary>
    public bool Reliable => Pdq is not null && Quality >= Ariadne.Imaging.Pdq.PdqResult.MinimumReliableQuality;
}
