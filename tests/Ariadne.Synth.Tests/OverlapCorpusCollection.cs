namespace Ariadne.Synth.Tests;

/// <summary>The test classes that read the shared overlap corpus (<see cref="OverlapCorpusFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class OverlapCorpusCollection : ICollectionFixture<OverlapCorpusFixture>
{
    public const string Name = "overlap corpus";
}
