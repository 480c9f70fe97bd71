// Quality and speed of Ariadne.Extraction: precision/recall/F1 per entity type on the synthetic corpus's truth
// plus the hand-written hard cases, and single-thread throughput on 1 KB ads.
// plus every hand-written set (hard cases, the sealed set, the tuning corpus), each scored on its own.
// Usage: dotnet run -c Release --project bench/Ariadne.Bench.Extraction -- [--ads 2000] [--seed 7] [--speed-ads 50000] [--rounds 3] [--errors 40] [--kernels] [--quality-only]
using System.Diagnostics;
using System.Globalization;
using Ariadne.Extraction;
using Ariadne.Extraction.Evaluation;
using Ariadne.Synth;

var ads = Arg("--ads", 2000);
var seed = Arg("--seed", 7);
var speedAds = Arg("--speed-ads", 50_000);
var showErrors = Arg("--errors", 40);
var root = FindRoot();
var data = Path.Combine(root, "tests", "Ariadne.Extraction.Tests", "Data");

var dir = Path.Combine(Path.GetTempPath(), "ariadne-extract-bench-" + Environment.ProcessId);
SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = ads, Seed = seed, OutputDirectory = dir, ImagesEnabled = false });
var synthetic = EvaluationSets.FromSynthetic(Path.Combine(dir, "ads.jsonl"), Path.Combine(dir, "truth.json"));
List<LabelledText> Cases(string name) => File.Exists(Path.Combine(data, name)) ? EvaluationSets.FromCasesJsonl(Path.Combine(data, name)) : [];
var hard = Cases("hard_cases.jsonl");
var sealedSet = Cases("sealed_cases.jsonl");
var tuning = Cases("tuning_cases.jsonl");

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
Report($"synthetic corpus ({synthetic.Count} ads, seed {seed})", synthetic);
Report($"hand-written hard cases ({hard.Count} texts)", hard);
Report($"sealed set ({sealedSet.Count} texts, never tuned on)", sealedSet);
Report($"tuning corpus ({tuning.Count} texts)", tuning);
if (args.Contains("--quality-only"))
{
    Directory.Delete(dir, recursive: true);
    return;
}

// Throughput: ads of exactly 1,024 characters made of consecutive synthetic ad texts.
var oneKb = new List<string>();
var sb = new System.Text.StringBuilder();
foreach (var t in synthetic)
{
    sb.Append(t.Text).Append(' ');
    if (sb.Length >= 1024)
    {
        oneKb.Add(sb.ToString(0, 1024));
        sb.Clear();
    }
}

if (args.Contains("--kernels"))
{
    Ariadne.Bench.Extraction.Kernels.Run(oneKb, 5000);
}

var extractor = new EntityExtractor();
foreach (var t in oneKb)
{
    extractor.Extract(t, "US");
}

// The machine is shared: each round reports wall time and this process's CPU time (less sensitive to other
// load), and the summary gives the best and the median round.
var rounds = Arg("--rounds", 3);
var wallRates = new List<double>();
var cpuRates = new List<double>();
for (var round = 1; round <= rounds; round++)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var entities = 0L;
    for (var i = 0; i < speedAds; i++)
    {
        entities += extractor.Extract(oneKb[i % oneKb.Count], "US").Count;
    }

    clock.Stop();
    process.Refresh();
    var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
    wallRates.Add(speedAds / clock.Elapsed.TotalSeconds);
    cpuRates.Add(speedAds / cpuSeconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput round {round}: {speedAds:N0} ads of 1,024 chars on one thread in {clock.Elapsed.TotalSeconds:F2} s = {speedAds / clock.Elapsed.TotalSeconds:N0} ads/s ({speedAds * 1024 / clock.Elapsed.TotalSeconds / 1e6:F1} M chars/s; CPU {cpuSeconds:F2} s = {speedAds / cpuSeconds:N0} ads/CPU-s), {allocated / (double)speedAds:N0} bytes allocated per ad, {entities / (double)speedAds:F1} entities per ad"));
}

wallRates.Sort();
cpuRates.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput over {rounds} rounds: best {wallRates[^1]:N0} ads/s, median {wallRates[wallRates.Count / 2]:N0} ads/s (CPU time: best {cpuRates[^1]:N0}, median {cpuRates[cpuRates.Count / 2]:N0} ads/CPU-s)"));
Directory.Delete(dir, recursive: true);

void Report(string title, List<LabelledText> set)
{
    var report = ExtractionEvaluator.Evaluate(set, showErrors);
    Console.WriteLine();
    Console.WriteLine("## " + title);
    Console.WriteLine(report.ToMarkdownTable());
    foreach (var e in report.Errors.Take(showErrors))
    {
        Console.WriteLine("  " + e);
    }
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRoot()
{
    var d = new DirectoryInfo(AppContext.BaseDirectory);
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "Ariadne.slnx")))
    {
        d = d.Parent;
    }

    return d?.FullName ?? Directory.GetCurrentDirectory();
}
