using System.CommandLine;
using System.Globalization;
using Ariadne.Analysis.Stages;
using Ariadne.Cli.Infrastructure;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;
using Ariadne.Store;
using Ariadne.Store.Scoring;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne model train|evaluate</c>: the calibrated risk model (docs/data-formats.md, "Risk model").</summary>
public static class ModelCommand
{
    public static Command Create()
    {
        var command = new Command("model", "Train and evaluate the calibrated risk model (advisory scores; a person decides).");
        command.Subcommands.Add(Train());
        command.Subcommands.Add(Evaluate());
        command.Subcommands.Add(Calibrate());
        return command;
    }

    private static Command Calibrate()
    {
        var input = new Option<string>("--input") { Description = "Labelled ads (document JSONL).", Required = true };
        var truth = new Option<string>("--truth") { Description = "Their labels: a synth truth.json (label 'trafficking' is positive), or a CSV of id,label with label 1/0.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write evidence.json to; pass it to analyze or score with --model.", Required = true };
        var command = new Command("calibrate", "Fit the evidence model's calibration (scale and intercept of its log-odds) to labelled ads, so its probabilities match your data's base rate. The rules' likelihood ratios are not changed.")
        {
            input, truth, output,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(input)!;
            var (records, errors) = Analysis.Linking.LinkInputReader.Read(path, ct);
            foreach (var error in errors)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"ariadne: {path}:{error.Line}: {error.Reason}");
            }

            var labels = CalibrationLabels.Read(parseResult.GetValue(truth)!);
            var missing = records.Where(r => !labels.ContainsKey(r.Id)).Select(r => r.Id).Take(3).ToList();
            if (missing.Count > 0)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"ariadne: error: no label for {string.Join(", ", missing)} in {parseResult.GetValue(truth)}");
                return ExitCodes.BadArguments;
            }

            var fitted = Analysis.Scoring.EvidenceCalibrator.Fit(records, [.. records.Select(r => labels[r.Id])],
                $"Platt fit on {Path.GetFileName(path)} ({records.Count} ads)", cancellationToken: ct);
            var dir = parseResult.GetValue(output)!;
            Directory.CreateDirectory(dir);
            EvidenceCalibrationFile.Write(Path.Combine(dir, EvidenceCalibrationFile.FileName), fitted);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"calibrated on {records.Count:N0} ads ({labels.Values.Count(v => v):N0} positive): scale {fitted.Scale:0.0000}, intercept {fitted.Intercept:0.0000}; wrote {Path.Combine(dir, EvidenceCalibrationFile.FileName)}"));
            return errors.Count > 0 ? ExitCodes.Partial : ExitCodes.Success;
        });
        return command;
    }

    private static Command Train()
    {
        var input = new Option<string?>("--input") { Description = "ads.jsonl of a labelled synthetic corpus (with --truth). Without it a corpus is generated from --corpus-seed." };
        var truth = new Option<string?>("--truth") { Description = "truth.json that goes with --input." };
        var ads = new Option<int>("--ads") { Description = "Ads to generate when no --input is given.", DefaultValueFactory = _ => 20_000 }.Between(100, 1_000_000);
        var corpusSeed = new Option<long?>("--corpus-seed") { Description = "Generator seed when no --input is given (default: --seed)." };
        var seed = new Option<int>("--seed") { Description = "Training seed (split, trees); same seed and data give the same model.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Folder to write model.zip and metadata.json to.", Required = true };
        var features = FeaturesOption();
        var trees = new Option<int>("--trees") { Description = "Boosted trees.", DefaultValueFactory = _ => 100 }.Between(1, 2000);
        var decisions = new Option<bool>("--with-decisions") { Description = "Also learn from the reviewers' decisions in the store (--store): confirm = positive, dismiss = negative, escalate ignored." };
        var command = new Command("train", "Train the risk model on a labelled synthetic corpus (plus reviewer decisions from the store with --with-decisions) and save it with its training metadata.")
        {
            input, truth, ads, corpusSeed, seed, output, features, trees, decisions,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            if (ParseFeatures(parseResult.GetValue(features)!) is not { } set)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync("ariadne: error: --features takes all, text-only, or a comma list of text, entities, rules, network");
                return ExitCodes.BadArguments;
            }

            var (docs, description) = ModelCorpus.Load(parseResult.GetValue(input), parseResult.GetValue(truth), parseResult.GetValue(ads), parseResult.GetValue(corpusSeed) ?? parseResult.GetValue(seed), ct);
            var corpus = docs.Select(d => d.Document).ToList();
            var network = new NetworkFeatureTable();
            network.AddFrom(new IdentifierNetworkFeatureSource(corpus), corpus.Select(d => d.Id));
            var priced = new List<ScoringDocument>(corpus);
            var reviewed = 0;
            if (parseResult.GetValue(decisions))
            {
                await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
                var repository = new ScoringRepository(store);
                var labelled = await repository.ListLabelledAsync(ct);
                var graph = (await repository.LoadIdentifierGraphAsync(ct)).Select(DocumentScorer.ToScoring).ToList();
                network.AddFrom(new IdentifierNetworkFeatureSource(graph), labelled.Select(l => l.Document.Id));
                priced.AddRange(graph);
                docs.AddRange(labelled.Select(l => new LabelledDocument(DocumentScorer.ToScoring(l.Document), l.Positive, "review")));
                reviewed = labelled.Count;
                description += string.Create(CultureInfo.InvariantCulture, $" + {reviewed} reviewer decisions");
            }

            using var model = RiskModelTrainer.Train(docs, network, new CorpusPriceReference(priced), new TrainingOptions
            {
                Seed = parseResult.GetValue(seed),
                Features = set,
                CorpusDescription = description,
                Trees = parseResult.GetValue(trees),
                ReviewDecisions = reviewed,
            });
            var dir = Path.GetFullPath(parseResult.GetValue(output)!);
            model.Save(dir);
            var m = model.Metadata;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained model {m.ModelId} on {m.TrainingDocuments:N0} documents ({m.TrainingPositives:N0} positive), calibrated on {m.CalibrationDocuments:N0}; features: {string.Join(", ", m.FeatureGroups)}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration split: ROC AUC {m.CalibrationMetrics.RocAuc:0.0000}, ECE {m.CalibrationMetrics.ExpectedCalibrationError:0.0000}"));
            stdout.WriteLine("saved to " + dir);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Evaluate()
    {
        var model = new Option<string>("--model") { Description = "Model folder written by 'ariadne model train'.", Required = true };
        var input = new Option<string?>("--input") { Description = "ads.jsonl of a held-out labelled corpus (with --truth). Without it one is generated from --corpus-seed." };
        var truth = new Option<string?>("--truth") { Description = "truth.json that goes with --input." };
        var ads = new Option<int>("--ads") { Description = "Ads to generate when no --input is given.", DefaultValueFactory = _ => 50_000 }.Between(100, 1_000_000);
        var corpusSeed = new Option<long>("--corpus-seed") { Description = "Generator seed of the held-out corpus; use another seed than training.", DefaultValueFactory = _ => 1001 };
        var command = new Command("evaluate", "Evaluate a model on a held-out labelled corpus: ROC AUC, PR AUC, precision@100, recall at 1% FPR, expected calibration error, FPR on independent adult workers.")
        {
            model, input, truth, ads, corpusSeed,
        };
        command.SetAction((parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            using var risk = RiskModel.Load(parseResult.GetValue(model)!);
            var (docs, description) = ModelCorpus.Load(parseResult.GetValue(input), parseResult.GetValue(truth), parseResult.GetValue(ads), parseResult.GetValue(corpusSeed), ct);
            if (risk.Metadata.Corpus == description)
            {
                stdout.WriteLine("warning: evaluating on the training corpus; numbers will be optimistic");
            }

            var corpus = docs.Select(d => d.Document).ToList();
            var metrics = RiskModelTrainer.Evaluate(risk, docs, new IdentifierNetworkFeatureSource(corpus), new CorpusPriceReference(corpus));
            Print(stdout, risk.Metadata, description, metrics);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    internal static void Print(TextWriter stdout, ModelMetadata meta, string corpus, EvaluationMetrics m)
    {
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv, $"model {meta.ModelId} (seed {meta.Seed}, features: {string.Join(", ", meta.FeatureGroups)}; trained on {meta.Corpus})"));
        stdout.WriteLine(string.Create(inv, $"held-out corpus: {corpus}: {m.Documents:N0} documents, {m.Positives:N0} positive, {m.IndependentDocuments:N0} from independent workers"));
        stdout.WriteLine(string.Create(inv, $"roc_auc                  {m.RocAuc:0.0000}"));
        stdout.WriteLine(string.Create(inv, $"pr_auc                   {m.PrAuc:0.0000}"));
        stdout.WriteLine(string.Create(inv, $"precision_at_100         {m.PrecisionAt100:0.0000}"));
        stdout.WriteLine(string.Create(inv, $"recall_at_1pct_fpr       {m.RecallAt1PercentFpr:0.0000}"));
        stdout.WriteLine(string.Create(inv, $"expected_calibration_err {m.ExpectedCalibrationError:0.0000}"));
        stdout.WriteLine(string.Create(inv, $"fpr_independent_workers  {m.IndependentFpr:0.0000}   (p >= {MetricsCalculator.Threshold})"));
        stdout.WriteLine(string.Create(inv, $"fpr_all_negatives        {m.Fpr:0.0000}"));
        stdout.WriteLine(string.Create(inv, $"recall                   {m.Recall:0.0000}"));
        stdout.WriteLine(string.Create(inv, $"rule_hit_rate_independent {m.IndependentRuleHitRate:0.0000}   (any indicator rule fired, no model)"));
        stdout.WriteLine(string.Create(inv, $"rule_hit_rate_positive   {m.PositiveRuleHitRate:0.0000}"));
    }

    internal static Option<string> FeaturesOption() => new("--features")
    {
        Description = "Feature groups: 'all', 'text-only' (no network features, to see what linking adds) or a comma list of text, entities, rules, network.",
        DefaultValueFactory = _ => "all",
    };

    /// <summary>The feature set named by <c>--features</c>, or null when the value is not one.</summary>
    internal static FeatureSet? ParseFeatures(string value)
    {
        if (value == "all")
        {
            return FeatureSet.All;
        }

        if (value == "text-only")
        {
            return FeatureSet.TextOnly;
        }

        var set = FeatureSet.None;
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            set |= part switch
            {
                "text" => FeatureSet.Text,
                "entities" => FeatureSet.Entities,
                "rules" => FeatureSet.Rules,
                "network" => FeatureSet.Network,
                _ => FeatureSet.None,
            };
            if (set == FeatureSet.None || part is not ("text" or "entities" or "rules" or "network"))
            {
                return null;
            }
        }

        return set == FeatureSet.None ? null : set;
    }
}
