namespace Ariadne.Synth;

/// <summary>Counts of what a generation run wrote.</summary>
public sealed record SynthResult(int Ads, int Networks, int Images, int FilesWritten)
{
    /// <summary>Trafficking-like networks only (spam and agency posters are counted in <see cref="Posters"/>).</summary>
    public int TraffickingNetworks { get; init; }

    public int IndependentWorkers { get; init; }

    public int Posters { get; init; }
}
