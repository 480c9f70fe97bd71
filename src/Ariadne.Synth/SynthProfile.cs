namespace Ariadne.Synth;

/// <summary>Which kind of corpus <see cref="SyntheticCorpusGenerator"/> writes.</summary>
public enum SynthProfile
{
    /// <summary>
    /// The original corpus: networks share one template nearly verbatim and mostly plain phones. Kept byte-identical
    /// per seed because tests, the demo and the default risk model are built on it.
    /// </summary>
    Classic,

    /// <summary>
    /// A corpus shaped like field data (<see cref="FieldProfileOptions"/>): phones used in turn, noisy templates,
    /// obfuscated or missing contacts, stock texts, boilerplate and support lines shared by unrelated posters.
    /// </summary>
    Field,

    /// <summary>
    /// A corpus for evaluating the risk score honestly (<see cref="OverlapProfileOptions"/>): trafficking networks,
    /// independents, agencies and touring independents whose indicators overlap at published-evidence rates, with the
    /// exact Bayes-optimal log-odds of every ad written in the truth.
    /// </summary>
    Overlap,
}
