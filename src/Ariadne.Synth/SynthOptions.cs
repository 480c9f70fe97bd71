namespace Ariadne.Synth;

/// <summary>What to generate: <see cref="Ads"/> documents from <see cref="Seed"/> into <see cref="OutputDirectory"/>.</summary>
public sealed class SynthOptions
{
    public int Ads { get; init; } = 1000;

    public long Seed { get; init; } = 1;

    public required string OutputDirectory { get; init; }

    /// <summary>When false no JPEGs are rendered and ads carry no image paths (faster for text-only benchmarks).</summary>
    public bool ImagesEnabled { get; init; } = true;

    /// <summary>The kind of corpus; <see cref="SynthProfile.Classic"/> unless asked otherwise.</summary>
    public SynthProfile Profile { get; init; } = SynthProfile.Classic;

    /// <summary>The knobs of the <see cref="SynthProfile.Field"/> profile; ignored by the classic one.</summary>
    public FieldProfileOptions Field { get; init; } = new();

    /// <summary>The knobs of the <see cref="SynthProfile.Overlap"/> profile; ignored by the others.</summary>
    public OverlapProfileOptions Overlap { get; init; } = new();
}
