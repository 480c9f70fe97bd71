using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Networks;
using Microsoft.ML;

namespace Ariadne.Scoring.Model;

/// <summary>
/// A trained, calibrated risk model: boosted trees (ML.NET FastTree) over <see cref="FeatureLayout"/> vectors,
/// then Platt scaling. Saved as DIR/model.zip + DIR/metadata.json. Thread-safe for scoring.
/// </summary>
public sealed class RiskModel : IRiskScorer, IDisposable
{
    public const string ModelFile = "model.zip";
    public const string MetadataFile = "metadata.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _schema;
    private readonly ThreadLocal<PredictionEngine<FeatureRow, ScoreRow>> _engines;
    private readonly PlattCalibrator _calibrator;

    internal RiskModel(MLContext ml, ITransformer transformer, DataViewSchema schema, ModelMetadata metadata, IndicatorEngine rules)
    {
        _ml = ml;
        _transformer = transformer;
        _schema = schema;
        Metadata = metadata;
        _calibrator = new PlattCalibrator(metadata.PlattA, metadata.PlattB);
        Features = new FeatureExtractor(rules, ParseGroups(metadata.FeatureGroups));
        _engines = new ThreadLocal<PredictionEngine<FeatureRow, ScoreRow>>(() => _ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(_transformer, _schema), trackAllValues: true);
    }

    public ModelMetadata Metadata { get; private set; }

    public FeatureExtractor Features { get; }

    public string ModelId => Metadata.ModelId;

    public IndicatorEngine Rules => Features.Engine;

    /// <summary>Scores with the network's facts as the tree model's network features (hub-safe: they come from linked networks).</summary>
    public RiskScore Score(ScoringDocument document, Evidence.NetworkEvidence network, IPriceReference? prices)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Score(document, network.ToFeatures(), prices);
    }

    /// <summary>Scores one document; <paramref name="network"/> is ignored when the model was trained without network features.</summary>
    public RiskScore Score(ScoringDocument document, NetworkFeatures network, IPriceReference? prices)
    {
        var vector = new float[FeatureLayout.Length];
        var hits = Features.Extract(document, network, prices, vector);
        var probability = ProbabilityOf(vector);
        return new RiskScore(probability, hits, Reasons(hits, Features.Features.HasFlag(FeatureSet.Network) ? network : default));
    }

    internal double RawScore(float[] vector) => _engines.Value!.Predict(new FeatureRow { Features = vector }).Score;

    internal double ProbabilityOf(float[] vector) => _calibrator.Probability(RawScore(vector));

    /// <summary>The plain-words drivers of a score: each rule that fired (once) and the network facts past their thresholds.</summary>
    public static List<RiskReason> Reasons(IReadOnlyList<RuleHit> hits, NetworkFeatures network)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var reasons = new List<RiskReason>();
        foreach (var hit in hits.GroupBy(h => h.Rule.Id).Select(g => g.First()))
        {
            reasons.Add(new RiskReason(hit.Rule.VersionedId, hit.Rule.Weight, hit.Explanation));
        }

        var inv = CultureInfo.InvariantCulture;
        if (network.CitiesPerIdentifier30Days >= 3)
        {
            reasons.Add(new RiskReason("network.cities_30d", network.CitiesPerIdentifier30Days, string.Format(inv, "Its contact details appear in {0} cities within 30 days.", network.CitiesPerIdentifier30Days)));
        }

        if (network.NamesPerIdentifier >= 3)
        {
            reasons.Add(new RiskReason("network.names", network.NamesPerIdentifier, string.Format(inv, "{0} different names are advertised with the same contact details.", network.NamesPerIdentifier)));
        }

        if (network.AgesPerIdentifier >= 3)
        {
            reasons.Add(new RiskReason("network.ages", network.AgesPerIdentifier, string.Format(inv, "{0} different ages are stated with the same contact details.", network.AgesPerIdentifier)));
        }

        if (network.AdsPerIdentifier >= 10)
        {
            reasons.Add(new RiskReason("network.ads", network.AdsPerIdentifier, string.Format(inv, "The same contact details appear in {0} ads.", network.AdsPerIdentifier)));
        }

        return reasons;
    }

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var zip = Path.Combine(directory, ModelFile);
        _ml.Model.Save(_transformer, _schema, zip);
        Metadata = Metadata with { ModelId = ContentId(zip, Metadata) };
        File.WriteAllText(Path.Combine(directory, MetadataFile), JsonSerializer.Serialize(Metadata, Json) + "\n");
    }

    // The zip's own bytes carry entry timestamps; hashing entry names and contents plus the calibration gives the
    // same id to the same model trained twice.
    private static string ContentId(string zip, ModelMetadata metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var archive = ZipFile.OpenRead(zip))
        {
            foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(entry.FullName + "\n"));
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                hash.AppendData(buffer.ToArray());
            }
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{metadata.PlattA:R} {metadata.PlattB:R} {string.Join(",", metadata.FeatureGroups)}")));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Loads DIR/model.zip and DIR/metadata.json; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static RiskModel Load(string directory, IndicatorEngine? rules = null)
    {
        var metaPath = Path.Combine(directory, MetadataFile);
        var zip = Path.Combine(directory, ModelFile);
        if (!File.Exists(metaPath) || !File.Exists(zip))
        {
            throw new FileNotFoundException($"no model in {directory}: expected {ModelFile} and {MetadataFile} (train one with 'ariadne model train')", metaPath);
        }

        var metadata = JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(metaPath), Json)
            ?? throw new InvalidDataException($"{metaPath}: empty metadata");
        if (metadata.FormatVersion != FeatureLayout.FormatVersion)
        {
            throw new InvalidDataException($"{metaPath}: feature format {metadata.FormatVersion}, this build reads {FeatureLayout.FormatVersion}; retrain with 'ariadne model train'");
        }

        var ml = new MLContext(seed: (int)metadata.Seed);
        var transformer = ml.Model.Load(zip, out var schema);
        return new RiskModel(ml, transformer, schema, metadata, rules ?? IndicatorEngine.Default);
    }

    public void Dispose()
    {
        if (_engines.IsValueCreated || _engines.Values.Count > 0)
        {
            foreach (var engine in _engines.Values)
            {
                engine.Dispose();
            }
        }

        _engines.Dispose();
    }

    internal static FeatureSet ParseGroups(IEnumerable<string> groups) =>
        groups.Aggregate(FeatureSet.None, (set, g) => set | Enum.Parse<FeatureSet>(g, ignoreCase: true));

    internal static List<string> GroupNames(FeatureSet set) =>
        [.. new[] { FeatureSet.Text, FeatureSet.Entities, FeatureSet.Rules, FeatureSet.Network }.Where(f => set.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant())];
}
