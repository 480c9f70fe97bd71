namespace Ariadne.Synth;

/// <summary>What to generate: <see cref="Ads"/> documents from <see cref="Seed"/> into <see cref="OutputDirectory"/>.</summary>
public sealed class SynthOptions
{
    public int Ads { get; init; } = 1000;

    public long Seed { get; init; } = 1;

    public required string OutputDirectory { get; init; }

    /// <summary>When false no JPEGs are rendered and ads carry no image paths (faster for text-only benchmarks).</summary>
    public bool ImagesEnabled { get; init; } = true;
}
