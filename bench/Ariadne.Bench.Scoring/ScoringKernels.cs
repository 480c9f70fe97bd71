using Ariadne.Extraction;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;
using Ariadne.Synth;
using BenchmarkDotNet.Attributes;

namespace Ariadne.Bench.Scoring;

/// <summary>
/// Per-ad cost of scoring on one thread, over 2,000 synthetic ads (seed 31) with entities already extracted (as
/// in <c>ariadne analyze</c>, where extraction is its own stage). The model is trained in setup on another seed.
/// </summary>
[MemoryDiagnoser]
public class ScoringKernels
{
    private const int Ads = 2000;

    private List<ScoringDocument> _docs = [];
    private NetworkFeatures[] _network = [];
    private CorpusPriceReference _prices = null!;
    private RiskModel _model = null!;
    private EntityExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        var train = Read(5000, 30);
        var trainDocs = train.Select(d => d.Document).ToList();
        _model = RiskModelTrainer.Train(train, new IdentifierNetworkFeatureSource(trainDocs), new CorpusPriceReference(trainDocs), new TrainingOptions { Seed = 1, CorpusDescription = "synth seed=30 ads=5000" });
        _docs = [.. Read(Ads, 31).Select(d => d.Document)];
        var network = new IdentifierNetworkFeatureSource(_docs);
        _network = [.. _docs.Select(d => network.Get(d.Id))];
        _prices = new CorpusPriceReference(_docs);
        _extractor = new EntityExtractor();
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    /// <summary>All indicator rules (phrase trie + signals) over one ad.</summary>
    [Benchmark(OperationsPerInvoke = Ads)]
    public int RuleMatch()
    {
        var n = 0;
        foreach (var doc in _docs)
        {
            n += IndicatorEngine.Default.Match(doc.Text, doc.Entities, doc.Location, _prices).Count;
        }

        return n;
    }

    /// <summary>Rules, feature vector, boosted trees and calibration: what the scoring stage does per ad.</summary>
    [Benchmark(OperationsPerInvoke = Ads)]
    public double Score()
    {
        var sum = 0.0;
        for (var i = 0; i < _docs.Count; i++)
        {
            sum += _model.Score(_docs[i], _network[i], _prices).Probability;
        }

        return sum;
    }

    /// <summary>Entity extraction then scoring: the whole per-ad cost from raw text.</summary>
    [Benchmark(OperationsPerInvoke = Ads)]
    public double ExtractAndScore()
    {
        var sum = 0.0;
        for (var i = 0; i < _docs.Count; i++)
        {
            var doc = _docs[i];
            var fresh = new ScoringDocument { Id = doc.Id, Text = doc.Text, Location = doc.Location, Country = doc.Country, PostedUtc = doc.PostedUtc, Entities = _extractor.Extract(doc.Text, doc.Country) };
            sum += _model.Score(fresh, _network[i], _prices).Probability;
        }

        return sum;
    }

    private static List<LabelledDocument> Read(int ads, long seed)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ariadne-scoring-bench", $"synth-{ads}-{seed}");
        if (!File.Exists(Path.Combine(dir, "truth.json")))
        {
            SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = ads, Seed = seed, OutputDirectory = dir, ImagesEnabled = false });
        }

        return SyntheticCorpusReader.Read(Path.Combine(dir, "ads.jsonl"), Path.Combine(dir, "truth.json"));
    }
}
