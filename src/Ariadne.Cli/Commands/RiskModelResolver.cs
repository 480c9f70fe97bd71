using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;

namespace Ariadne.Cli.Commands;

/// <summary>
/// Finds the risk model <c>ariadne analyze</c> scores with: <c>--model DIR</c>, else ARIADNE_MODEL, else the
/// default model in the user's local data folder. A missing default model is trained once from the synthetic
/// generator (fixed seeds, so every machine gets the same model) instead of shipping a binary in the repository;
/// its folder name carries the feature format and the rule versions, so changing either trains a fresh one.
/// </summary>
public static class RiskModelResolver
{
    public const int DefaultCorpusAds = 10_000;
    public const int DefaultSeed = 1;

    public static RiskModel Resolve(string? modelDirectory, TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(log);
        var explicitDir = modelDirectory ?? Environment.GetEnvironmentVariable("ARIADNE_MODEL");
        if (!string.IsNullOrWhiteSpace(explicitDir))
        {
            return RiskModel.Load(Path.GetFullPath(explicitDir));
        }

        var dir = DefaultDirectory();
        if (!File.Exists(Path.Combine(dir, RiskModel.MetadataFile)))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ariadne: no risk model at {dir}; training the default one from the synthetic generator (seed {DefaultSeed}, {DefaultCorpusAds:N0} ads)"));
            var (docs, description) = ModelCorpus.Load(null, null, DefaultCorpusAds, DefaultSeed, ct);
            var corpus = docs.Select(d => d.Document).ToList();
            using var trained = RiskModelTrainer.Train(docs, new IdentifierNetworkFeatureSource(corpus), new CorpusPriceReference(corpus), new TrainingOptions
            {
                Seed = DefaultSeed,
                CorpusDescription = description,
            });
            // Save next door, then rename: two processes training at once must not leave a half-written model.
            var staging = dir + "." + Guid.NewGuid().ToString("N");
            trained.Save(staging);
            try
            {
                Directory.Move(staging, dir);
            }
            catch (IOException) when (File.Exists(Path.Combine(dir, RiskModel.MetadataFile)))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return RiskModel.Load(dir);
    }

    public static string DefaultDirectory()
    {
        var rules = string.Join(",", IndicatorEngine.Default.Rules.Select(r => r.VersionedId));
        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rules)))[..8];
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(root) ? Path.GetTempPath() : root, "ariadne", "models", string.Create(CultureInfo.InvariantCulture, $"default-f{FeatureLayout.FormatVersion}-r{tag}-s{DefaultSeed}-n{DefaultCorpusAds}"));
    }
}
