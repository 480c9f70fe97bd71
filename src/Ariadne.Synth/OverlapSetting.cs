namespace Ariadne.Synth;

/// <summary>
/// The two parameter settings of the <see cref="SynthProfile.Overlap"/> corpus. A model trained on one setting and
/// tested on the other shows how much of its score is the setting's shares and rates rather than the indicators.
/// </summary>
public enum OverlapSetting
{
    /// <summary>The rates and shares the published evidence suggests (docs/data-formats.md, "Overlap profile").</summary>
    A,

    /// <summary>Trafficking's habit rates moved a fifth of the way towards the negatives, more agency ads, q = 0.65.</summary>
    B,
}
