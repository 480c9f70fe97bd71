// Risk-score quality against the best possible: scores a labelled corpus offline (extract, link, score, as
// 'ariadne score' does) and reports, beside the same measures for the exact Bayes log-odds the overlap generator
// writes per ad (from the ad's own wording, and from all of its poster's ads) and for a keyword count:
// ROC AUC of controlled-network ads against the rest, recall at the threshold that flags 2% of independents' ads,
// the share of independents' ads at risk >= 0.5, expected calibration error with its reliability table, the mean
// risk of independents' ads with movement wording over those without, and of independents' ads with a shared
// support line over those without.
// Usage: dotnet run -c Release --project bench/Ariadne.Bench.Risk -- ADS.jsonl TRUTH.json [--model DIR] [--fit OUT.json] [--no-linking]
//        dotnet run -c Release --project bench/Ariadne.Bench.Risk -- --paraphrases   (the rules' recall on the generator's paraphrase banks)
using System.Globalization;
using Ariadne.Analysis.Linking;
using Ariadne.Analysis.Scoring;
using Ariadne.Bench.Risk;
using Ariadne.Linking;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Model;

if (args is ["--paraphrases"])
{
    ParaphraseCoverage.Print(Console.Out);
    return 0;
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Ariadne.Bench.Risk ADS.jsonl TRUTH.json [--model DIR] [--fit OUT.json]");
    return 2;
}

var options = Options.Parse(args[2..]);
var truth = TruthFile.Read(args[1]);
var (records, errors) = LinkInputReader.Read(args[0]);
if (errors.Count > 0)
{
    Console.Error.WriteLine($"{errors.Count} unreadable lines in {args[0]}");
}

IRiskScorer model = options.ModelDirectory is { } dir && File.Exists(Path.Combine(dir, EvidenceCalibrationFile.FileName))
    ? new EvidenceModel(IndicatorEngine.Default, EvidenceCalibrationFile.Read(Path.Combine(dir, EvidenceCalibrationFile.FileName)))
    : options.ModelDirectory is { } tree ? RiskModel.Load(tree) : EvidenceModel.Default;
var clock = System.Diagnostics.Stopwatch.StartNew();
// --no-linking: every ad alone (no kind of link), so the score is what each ad's own wording gives.
var link = options.NoLinking ? new LinkOptions { Parallelism = Environment.ProcessorCount, Kinds = new HashSet<Ariadne.Linking.Graph.LinkKind>() } : new LinkOptions { Parallelism = Environment.ProcessorCount };
var scores = OfflineScorer.Run(records, model, link);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scored {scores.Count:N0} ads with {model.ModelId} in {clock.Elapsed.TotalSeconds:F1} s"));

var rows = scores.Select(s => (Score: s, Truth: truth.Documents[s.Id])).ToList();
var support = SupportLines.Find(records, truth.SupportLines);
var columns = new List<(string Name, double[] Values, bool Probability)>
{
    ("Ariadne risk", [.. rows.Select(r => r.Score.Risk)], true),
    ("keyword count", [.. rows.Select(r => (double)r.Score.Reasons.Count(x => x.Weight > 0 && !x.Id.StartsWith("network", StringComparison.Ordinal)))], false),
};
if (rows.All(r => r.Truth.BayesAd is not null))
{
    columns.Add(("Bayes, ad's wording", [.. rows.Select(r => Sigmoid(r.Truth.BayesAd!.Value))], true));
    columns.Add(("Bayes, poster's wording", [.. rows.Select(r => Sigmoid(r.Truth.BayesPoster!.Value))], true));
}

var labels = rows.Select(r => r.Truth.Population == "trafficking").ToArray();
var independent = rows.Select(r => r.Truth.Population == "independent").ToArray();
var movement = rows.Select(r => r.Truth.Indicators.Contains("movement")).ToArray();
// Movement is compared over every independent worker, touring ones included (they are who writes it).
var anyIndependent = rows.Select(r => r.Truth.Population is "independent" or "touring").ToArray();
Console.WriteLine();
Console.WriteLine("| score | ROC AUC | recall at 2% of independents flagged | independents at risk ≥ 0.5 | ECE | movement / none (independents) | support line / none (independents) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
var populations = rows.Select(r => r.Truth.Population).ToList();
foreach (var (name, values, probability) in columns)
{
    // AUC, ECE and the share of independents at >= 0.5 as 'ariadne model evaluate' computes them.
    var m = MetricsCalculator.Compute(values, labels, populations);
    var recall = Metrics.RecallAtReferenceRate(values, labels, independent, 0.02);
    var moving = Metrics.MeanRatio(values, anyIndependent, movement);
    var supported = Metrics.MeanRatio(values, independent, support);
    var high = probability ? m.IndependentFpr.ToString("0.000", CultureInfo.InvariantCulture) : "–";
    var ece = probability ? m.ExpectedCalibrationError.ToString("0.000", CultureInfo.InvariantCulture) : "–";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {m.RocAuc:0.000} | {recall:0.000} | {high} | {ece} | {moving:0.00} | {supported:0.00} |"));
}

Console.WriteLine();
Console.WriteLine("reliability (Ariadne risk): bin, ads, mean risk, share controlled");
foreach (var (lo, n, mean, observed) in Metrics.Reliability(columns[0].Values, labels, 10))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {lo:0.0}-{lo + 0.1:0.0}  {n,6}  {mean:0.000}  {observed:0.000}"));
}

Console.WriteLine();
Console.WriteLine("by population: ads, mean risk, share at risk ≥ 0.5");
foreach (var group in rows.Select((r, i) => (r.Truth.Population, Risk: columns[0].Values[i])).GroupBy(x => x.Population).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-12} {group.Count(),6}  {group.Average(x => x.Risk):0.000}  {group.Count(x => x.Risk >= 0.5) / (double)group.Count():0.000}"));
}

if (options.FitPath is { } fitPath)
{
    var evidence = scores.Select(s => s.Reasons.Sum(r => r.Weight)).ToList();
    var platt = PlattCalibrator.Fit(evidence, labels);
    // Platt's form is 1 / (1 + exp(A s + B)); the evidence model's is σ(Scale s + Intercept).
    var fitted = new EvidenceOptions { Scale = -platt.A, Intercept = -platt.B, Calibration = $"Platt fit on {Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(args[0])))} ({scores.Count} ads)" };
    EvidenceCalibrationFile.Write(fitPath, fitted);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nfitted: scale {fitted.Scale:0.0000}, intercept {fitted.Intercept:0.0000} -> {fitPath}"));
}

return 0;

// Log-odds to probability: Platt's form with A = -1, B = 0.
static double Sigmoid(double x) => new PlattCalibrator(-1, 0).Probability(x);
