using Ariadne.Synth.Model;

namespace Ariadne.Synth.Overlap;

/// <summary>
/// The overlap population and what its posters share (platform support numbers, disclaimer blocks), with the
/// realised class counts the Bayes scores use as priors.
/// </summary>
internal sealed record OverlapCorpusPlan(
    List<Owner> Owners,
    IReadOnlyList<PhoneNumber> SupportLines,
    IReadOnlyList<string> Boilerplate,
    OverlapProfileOptions Options,
    int[] AdCounts,
    int[] PosterCounts,
    OverlapBayes Bayes);
