namespace Ariadne.Synth.Tests;

/// <summary>One overlap corpus (20,000 ads, seed 13, setting A, no images) for every test class in the <see cref="OverlapCorpusCollection"/>.</summary>
public sealed class OverlapCorpusFixture : IDisposable
{
    public const int AdCount = 20_000;

    private readonly string _root = Directory.CreateTempSubdirectory("ariadne-synth-overlap-").FullName;

    public OverlapCorpusFixture() => Corpus = OverlapCorpus.Generate(_root, AdCount, 13);

    public OverlapCorpus Corpus { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
