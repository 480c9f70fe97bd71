using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Networks;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Ariadne.Scoring.Model;

/// <summary>
/// Trains a <see cref="RiskModel"/>: features for every labelled document, a split by identifier group (documents
/// sharing a phone stay on one side, so calibration is not fitted on near-copies of training ads), boosted trees
/// on the larger part, Platt scaling on the held-out part.
/// </summary>
public static class RiskModelTrainer
{
    public static RiskModel Train(IReadOnlyList<LabelledDocument> documents, INetworkFeatureSource? network, IPriceReference? prices, TrainingOptions options, IndicatorEngine? rules = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        rules ??= IndicatorEngine.Default;
        var extractor = new FeatureExtractor(rules, options.Features);
        var vectors = new float[documents.Count][];
        Parallel.For(0, documents.Count, i =>
        {
            var doc = documents[i].Document;
            vectors[i] = new float[FeatureLayout.Length];
            extractor.Extract(doc, network?.Get(doc.Id) ?? default, prices, vectors[i]);
        });

        var train = new List<FeatureRow>();
        var calibrationIndex = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (InCalibrationSplit(documents[i].Document, options.Seed, options.CalibrationFraction))
            {
                calibrationIndex.Add(i);
            }
            else
            {
                train.Add(new FeatureRow { Features = vectors[i], Label = documents[i].Positive });
            }
        }

        if (!train.Any(r => r.Label) || train.All(r => r.Label))
        {
            throw new ArgumentException("training needs both positive and negative documents");
        }

        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(train);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.2,
            // One thread: FastTree's parallel histogram merge may reorder float sums; one thread is bit-reproducible.
            NumberOfThreads = 1,
            FeatureColumnName = nameof(FeatureRow.Features),
            LabelColumnName = nameof(FeatureRow.Label),
        });
        var transformer = trainer.Fit(data);
        var placeholder = new ModelMetadata
        {
            Seed = options.Seed,
            Corpus = options.CorpusDescription,
            FeatureGroups = RiskModel.GroupNames(options.Features),
            RulePacks = [],
            Trainer = string.Empty,
            PlattA = -1,
            PlattB = 0,
            CalibrationMetrics = new EvaluationMetrics(),
        };
        var model = new RiskModel(ml, transformer, data.Schema, placeholder, rules);
        var raw = calibrationIndex.Select(i => model.RawScore(vectors[i])).ToList();
        var labels = calibrationIndex.Select(i => documents[i].Positive).ToList();
        var platt = PlattCalibrator.Fit(raw, labels);
        var probabilities = raw.Select(platt.Probability).ToList();
        var metadata = placeholder with
        {
            RulePacks = [.. rules.Rules.Select(r => r.VersionedId)],
            Trainer = $"ML.NET FastTree binary: trees={options.Trees} leaves={options.Leaves} min_leaf=10 learning_rate=0.2 threads=1; Platt scaling on a {options.CalibrationFraction:0.##} identifier-group split",
            TrainingDocuments = train.Count,
            TrainingPositives = train.Count(r => r.Label),
            CalibrationDocuments = calibrationIndex.Count,
            ReviewDecisions = options.ReviewDecisions,
            PlattA = platt.A,
            PlattB = platt.B,
            CalibrationMetrics = MetricsCalculator.Compute(probabilities, labels, calibrationIndex.Select(i => documents[i].Population).ToList()),
            TrainedAtUtc = options.Time.GetUtcNow(),
        };
        model.Dispose();
        return new RiskModel(ml, transformer, data.Schema, metadata, rules);
    }

    /// <summary>
    /// Scores a labelled set with a model and computes the evaluation metrics; <paramref name="network"/> may be
    /// null for text-only models.
    /// </summary>
    public static EvaluationMetrics Evaluate(RiskModel model, IReadOnlyList<LabelledDocument> documents, INetworkFeatureSource? network, IPriceReference? prices)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        var probabilities = new double[documents.Count];
        var fired = new bool[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var doc = documents[i].Document;
            var vector = new float[FeatureLayout.Length];
            fired[i] = model.Features.Extract(doc, network?.Get(doc.Id) ?? default, prices, vector).Count > 0;
            probabilities[i] = model.ProbabilityOf(vector);
        });

        var metrics = MetricsCalculator.Compute(probabilities, documents.Select(d => d.Positive).ToList(), documents.Select(d => d.Population).ToList());
        return metrics with
        {
            IndependentRuleHitRate = Rate(documents, fired, d => d.Population == "independent"),
            PositiveRuleHitRate = Rate(documents, fired, d => d.Positive),
        };
    }

    private static double Rate(IReadOnlyList<LabelledDocument> documents, bool[] fired, Func<LabelledDocument, bool> which)
    {
        int n = 0, hit = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            if (which(documents[i]))
            {
                n++;
                hit += fired[i] ? 1 : 0;
            }
        }

        return n == 0 ? 0 : hit / (double)n;
    }

    // The split key is the document's smallest identifier (else its id), so a phone's ads stay together.
    private static bool InCalibrationSplit(ScoringDocument document, int seed, double fraction)
    {
        var key = IdentifierNetworkFeatureSource.IdentifiersOf(document).Order(StringComparer.Ordinal).FirstOrDefault() ?? document.Id;
        var h = 2166136261u ^ (uint)seed;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return (h % 10000) < fraction * 10000;
    }
}
