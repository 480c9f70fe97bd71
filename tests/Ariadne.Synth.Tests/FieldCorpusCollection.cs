namespace Ariadne.Synth.Tests;

/// <summary>The test classes that read the shared field corpus (<see cref="FieldCorpusFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class FieldCorpusCollection : ICollectionFixture<FieldCorpusFixture>
{
    public const string Name = "field corpus";
}
