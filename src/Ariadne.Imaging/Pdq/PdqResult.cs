namespace Ariadne.Imaging.Pdq;

/// <summary>A PDQ hash and its quality (0..100).</summary>
/// <param name="Hash">The hash.</param>
/// <param name="Quality">The reference's gradient-based quality metric, 0..100.</param>
public readonly record struct PdqResult(PdqHash Hash, int Quality)
{
    /// <summary>
    /// Meta's guidance: hashes of quality 49 or less come from flat or featureless images and match many unrelated
    /// photos, so they should not be used for matching.
    /// </summary>
    public const int MinimumReliableQuality = 50;

    /// <summary>True when the quality is high enough for the hash to be used for matching.</summary>
    public bool IsReliable => Quality >= MinimumReliableQuality;
}
