using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ariadne.Analysis.Linking;
using Ariadne.Linking;
using Ariadne.Linking.Evaluation;
using Ariadne.Linking.Graph;

// Linking quality against a synthetic corpus' truth.json, per edge-type variant.
// Usage: dotnet run -c Release --project bench/Ariadne.Bench.Linking -- --input DIR/ads.jsonl [--truth DIR/truth.json] [--verbose]
//    or: ... -- --hard-field ADS SEED DIR   (writes a field corpus in a harder setting than the defaults, then scores it:
//        no hand-over ads, no main lines, twice the typos, 40% of sentences dropped: phone eras meet only through text)
if (Arg("--hard-field") is { Length: > 0 } hardAds)
{
    var i = Array.IndexOf(args, "--hard-field");
    var dir = args[i + 3];
    Ariadne.Synth.SyntheticCorpusGenerator.Generate(new Ariadne.Synth.SynthOptions
    {
        Ads = int.Parse(hardAds, CultureInfo.InvariantCulture),
        Seed = long.Parse(args[i + 2], CultureInfo.InvariantCulture),
        OutputDirectory = dir,
        ImagesEnabled = false,
        Profile = Ariadne.Synth.SynthProfile.Field,
        Field = new Ariadne.Synth.FieldProfileOptions { HandoverShare = 0, MainLineNetworkShare = 0, TypoRate = 0.06, SentenceDropChance = 0.4 },
    });
    args = ["--input", Path.Combine(dir, "ads.jsonl"), .. args.Where(a => a == "--verbose")];
}

var input = Arg("--input") ?? throw new ArgumentException("--input ads.jsonl is required");
var truthPath = Arg("--truth") ?? Path.Combine(Path.GetDirectoryName(input)!, "truth.json");
var culture = CultureInfo.InvariantCulture;

var clock = Stopwatch.StartNew();
var (records, errors) = LinkInputReader.Read(input);
var truth = ReadTruth(truthPath);
Console.WriteLine($"read {records.Count:N0} documents ({errors.Count} bad lines) in {clock.Elapsed.TotalSeconds:0.00} s");
var all = new LinkOptions();
var prepared = OfflineLinker.Prepare(records, all);
Console.WriteLine($"extracted in {prepared.ExtractTime.TotalSeconds:0.00} s, photos in {prepared.PhotoTime.TotalSeconds:0.00} s ({prepared.ImageErrors.Count} unreadable)");

var labels = records.Select(r => truth[r.Id].Network).ToArray();
var kinds = records.Select(r => truth[r.Id].Label).ToArray();
LinkKind[] ids = [LinkKind.Phone, LinkKind.Email, LinkKind.Handle, LinkKind.Wallet];
var variants = new (string Name, LinkKind[] Kinds)[]
{
    ("identifiers only", ids),
    ("identifiers + text", [.. ids, LinkKind.Text]),
    ("identifiers + template", [.. ids, LinkKind.Template]),
    ("identifiers + photos", [.. ids, LinkKind.Photo]),
    ("identifiers + text + template", [.. ids, LinkKind.Text, LinkKind.Template]),
    ("identifiers + text + template + photos", [.. ids, LinkKind.Text, LinkKind.Template, LinkKind.Photo]),
};

if (Arg("--diagnose-text") is not null)
{
    var texts = prepared.Documents.Select(d => d.Text).ToList();
    var sig = Ariadne.Linking.Text.SignatureBuilder.Build(texts, all);
    var shingler = new Ariadne.Linking.Text.Shingler();
    var buf = new List<uint>();
    var lens = texts.Select(t => new HashSet<uint>(Enumerable.Range(0, shingler.Shingle(t, buf)).Select(k => buf[k])).Count).ToArray();
    var seen = new HashSet<(int, int)>();
    var hist = new Dictionary<string, int>();
    Ariadne.Linking.Text.LshCandidates.Enumerate(sig, all.Lsh, (a, b) =>
    {
        if (!seen.Add((a, b))) { return; }
        var s = sig.Similarity(a, b);
        if (s < 0.4) { return; }
        var same = labels[a] == labels[b];
        var kindPair = kinds[a] == kinds[b] ? kinds[a] : "mixed";
        var key = string.Create(culture, $"{(same ? "same" : "DIFF")} {kindPair,-12} sim>={Math.Floor(s * 10) / 10:0.0} minlen>={(Math.Min(lens[a], lens[b]) / 20) * 20,3}");
        hist[key] = hist.GetValueOrDefault(key) + 1;
    });
    foreach (var (k, v) in hist.OrderBy(x => x.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"{k}: {v}");
    }
}

Console.WriteLine();
Console.WriteLine("| edges used | pairwise precision | recall | F1 | ARI | independents kept apart | networks whole | network ads alone | networks found | hubs refused | link time |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (name, set) in variants)
{
    var options = all with { Kinds = new HashSet<LinkKind>(set), CollectTemplateCandidates = Arg("--verbose") is not null };
    var t = Stopwatch.StartNew();
    var result = LinkEngine.Link(prepared.Documents, options);
    var elapsed = t.Elapsed;
    var predicted = result.ComponentOf.Select(c => c.ToString(culture)).ToArray();
    var score = ClusteringScore.Compute(labels, predicted);
    var apart = IndependentsKeptApart(labels, kinds, result.ComponentOf);
    var multi = result.Components().Count(c => c.Length > 1);
    var (whole, networks, alone, networkAds) = Wholeness(labels, kinds, result.ComponentOf);
    Console.WriteLine(string.Create(culture, $"| {name} | {score.Precision:0.0000} | {score.Recall:0.0000} | {score.F1:0.0000} | {score.AdjustedRandIndex:0.0000} | {apart:0.0000} | {whole:N0} of {networks:N0} | {alone:N0} of {networkAds:N0} | {multi:N0} | {result.Hubs.Count} | {elapsed.TotalSeconds:0.00} s |"));
    if (Arg("--verbose") is not null)
    {
        foreach (var hub in result.Hubs.Take(10))
        {
            Console.WriteLine($"   hub {hub.Kind} {hub.Value}: {hub.Reason}");
        }

        Console.WriteLine($"   candidates {result.Timings.CandidatePairs:N0}, verified {result.Timings.VerifiedPairs:N0}, families {result.TextFamilies.Count:N0} ({result.TextFamilies.Count(f => f.Boilerplate)} boilerplate)");
        Mistakes(labels, result.ComponentOf, records);
        // Template pairs by truth (same poster or not), decision and strength: where the threshold and the context checks cut.
        foreach (var g in result.TemplateCandidates
                     .GroupBy(c => (Same: labels[c.A] == labels[c.B], c.Identities, Decision: labels[c.A] == labels[c.B] ? c.Decision : c.Decision + " [" + string.Join("/", new[] { kinds[c.A], kinds[c.B] }.Order(StringComparer.Ordinal)) + "]", Bucket: c.Shared < 4 ? "2-3" : c.Shared < 6 ? "4-5" : c.Shared < 10 ? "6-9" : c.Shared < 20 ? "10-19" : "20+"))
                     .OrderBy(g => g.Key.Same).ThenBy(g => g.Key.Decision, StringComparer.Ordinal).ThenBy(g => g.Key.Bucket, StringComparer.Ordinal))
        {
            Console.WriteLine($"   template {(g.Key.Same ? "same" : "DIFF")} {(g.Key.Identities ? "identities" : "loose")} {g.Key.Decision} shared {g.Key.Bucket}: {g.Count()}");
        }

        // Identity pairs with enough phrases, by names shared (share of the smaller set) and time overlap.
        foreach (var g in result.TemplateCandidates.Where(c => c.Identities && c.Decision != "weak")
                     .GroupBy(c => (Same: labels[c.A] == labels[c.B], Names: c.Context.Named ? (c.Context.NameOverlap >= 0.5 ? "names>=.5" : c.Context.SharedNames > 0 ? "names<.5" : "names 0") + "#" + Math.Min(c.Context.SharedNames, 3) : "unnamed",
                         Time: c.Context.TimeOverlap <= 0 ? "t=0" : c.Context.TimeOverlap <= 0.5 ? "t<=.5" : c.Context.TimeOverlap < 1 ? "t<1" : "t=1", Cover: "cover>=" + (Math.Floor(c.Coverage * 10) / 10).ToString("0.0", culture)))
                     .OrderBy(g => g.Key.Same).ThenBy(g => g.Key.Names, StringComparer.Ordinal).ThenBy(g => g.Key.Time, StringComparer.Ordinal).ThenBy(g => g.Key.Cover, StringComparer.Ordinal))
        {
            Console.WriteLine($"   context {(g.Key.Same ? "same" : "DIFF")} {g.Key.Names} {g.Key.Time} {g.Key.Cover}: {g.Count()}");
        }

        foreach (var edge in result.Edges.Where(e => labels[e.A] != labels[e.B]).Take(5))
        {
            Console.WriteLine($"   cross edge {edge.Kind} {labels[edge.A]}~{labels[edge.B]}: {edge.Evidence}");
        }
    }
}

// A trafficking network is recovered whole when all its ads fall in one component that holds no one else's; a
// network ad is alone when its component is itself.
static (int Whole, int Networks, int Alone, int NetworkAds) Wholeness(string[] labels, string[] kinds, int[] componentOf)
{
    var owners = componentOf.Select((c, i) => (c, i)).GroupBy(x => x.c).ToDictionary(g => g.Key, g => (Owners: g.Select(x => labels[x.i]).Distinct().Count(), Size: g.Count()));
    var networks = labels.Select((l, i) => (l, i)).Where(x => kinds[x.i] == "trafficking").GroupBy(x => x.l).ToList();
    var whole = networks.Count(g => g.Select(x => componentOf[x.i]).Distinct().Count() == 1 && owners[componentOf[g.First().i]].Owners == 1);
    var alone = networks.Sum(g => g.Count(x => owners[componentOf[x.i]].Size == 1));
    return (whole, networks.Count, alone, networks.Sum(g => g.Count()));
}

static double IndependentsKeptApart(string[] labels, string[] kinds, int[] componentOf)
{
    // An independent worker is kept apart when no document of anyone else shares a network with hers.
    var owners = new Dictionary<int, HashSet<string>>();
    for (var i = 0; i < labels.Length; i++)
    {
        if (!owners.TryGetValue(componentOf[i], out var set))
        {
            owners[componentOf[i]] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(labels[i]);
    }

    var independents = new Dictionary<string, bool>(StringComparer.Ordinal);
    for (var i = 0; i < labels.Length; i++)
    {
        if (kinds[i] != "independent")
        {
            continue;
        }

        var alone = owners[componentOf[i]].Count == 1;
        independents[labels[i]] = independents.GetValueOrDefault(labels[i], true) && alone;
    }

    return independents.Count == 0 ? 1 : (double)independents.Values.Count(v => v) / independents.Count;
}

static void Mistakes(string[] labels, int[] componentOf, IReadOnlyList<LinkInputRecord> records)
{
    var byComponent = componentOf.Select((c, i) => (c, i)).GroupBy(x => x.c).Where(g => g.Select(x => labels[x.i]).Distinct().Count() > 1).Take(5);
    foreach (var g in byComponent)
    {
        var owners = g.GroupBy(x => labels[x.i]).Select(o => $"{o.Key}×{o.Count()}");
        Console.WriteLine("   false merge: " + string.Join(", ", owners.Take(12)));
    }
}

static Dictionary<string, (string Network, string Label)> ReadTruth(string path)
{
    using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
    var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
    foreach (var d in doc.RootElement.GetProperty("documents").EnumerateArray())
    {
        map[d.GetProperty("id").GetString()!] = (d.GetProperty("network").GetString()!, d.GetProperty("label").GetString()!);
    }

    return map;
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i < 0 ? null : i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : string.Empty;
}
