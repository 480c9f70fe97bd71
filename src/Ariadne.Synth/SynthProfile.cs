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
}
