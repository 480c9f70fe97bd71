using System.Diagnostics;
using System.Globalization;
using Ariadne.Bench.Web;

// Server time of the web app's pages over HTTP on loopback, signed in as a reader.
// Usage: Ariadne.Bench.Web --url http://127.0.0.1:5090 --db PATH/ariadne.db --user EMAIL --password PW
//        [--requests 200] [--concurrency 1,2] [--seed 1] [--only search,document] [--report-over 1000]
var options = ParseArgs(args);
var baseUri = new Uri(options["url"]);
var perType = int.Parse(options.GetValueOrDefault("requests", "200"), CultureInfo.InvariantCulture);
var levels = options.GetValueOrDefault("concurrency", "1,2").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var only = options.TryGetValue("only", out var o) ? o.Split(',').ToHashSet(StringComparer.Ordinal) : null;
var seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
LatencyRunner.Slow = TimeSpan.FromMilliseconds(int.Parse(options.GetValueOrDefault("report-over", "1000"), CultureInfo.InvariantCulture));

var sampling = Stopwatch.StartNew();
var targets = await new TargetSampler(options["db"], seed).SampleAsync(perType);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled {targets.Sum(t => t.Value.Count)} requests in {sampling.Elapsed.TotalSeconds:F1} s"));

var clients = new List<HttpClient>();
for (var i = 0; i < levels.Max(); i++)
{
    clients.Add(await SignedInClient.CreateAsync(baseUri, options["user"], options["password"]));
}

foreach (var (pageType, requests) in targets.Where(t => only is null || only.Contains(t.Key)))
{
    // Warm-up: JIT, connection pools and the hot pages of each index; the first quarter of the list is fetched
    // once, so three quarters of the measured requests are still new to the server and to SQLite's page cache.
    await LatencyRunner.RunAsync(clients.Take(1).ToList(), requests.Take(Math.Max(20, requests.Count / 4)).ToList());
    foreach (var level in levels)
    {
        var (millis, errors) = await LatencyRunner.RunAsync(clients.Take(level).ToList(), requests);
        var stats = LatencyStats.From($"{pageType} (c={level})", millis, errors);
        Console.WriteLine(stats.ToRow());
    }
}

static Dictionary<string, string> ParseArgs(string[] args)
{
    var map = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected an option such as --url, got '{args[i]}'.");
        }

        map[args[i][2..]] = args[i + 1];
    }

    foreach (var required in new[] { "url", "db", "user", "password" })
    {
        if (!map.ContainsKey(required))
        {
            throw new ArgumentException($"--{required} is required; see the usage line at the top of Program.cs.");
        }
    }

    return map;
}
