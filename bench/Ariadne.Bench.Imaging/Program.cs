using System.Diagnostics;
using System.Globalization;
using Ariadne.Imaging;
using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;

// Usage: dotnet run -c Release --project bench/Ariadne.Bench.Imaging -- [hash|files DIR|mih N QUERIES|mih-persist N]
var mode = args.Length > 0 ? args[0] : "hash";
var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, Vector<float>.Count={System.Numerics.Vector<float>.Count}"));

if (mode == "hash")
{
    // Decoded 512×512 RGBA → luma → PDQ, one thread. The machine is shared, so each figure is measured in 25
    // batches of 100 images and reported as the best and the median batch.
    var random = new Random(1);
    var rgba = new byte[512 * 512 * 4];
    random.NextBytes(rgba);
    var luma = new float[512 * 512];
    var flip = 0;
    Report("hash 512x512 (luma+PDQ, 1 thread)", () =>
    {
        rgba[flip++ & 1023] ^= 1;
        LumaConverter.FromRgba(rgba, luma, LumaPrecision.Double);
        PdqHasher.Hash(luma, 512, 512);
    });
    Report("  of which RGBA -> luma (double precision)", () => LumaConverter.FromRgba(rgba, luma, LumaPrecision.Double));
    Report("  of which luma -> PDQ", () => PdqHasher.Hash(luma, 512, 512));
    Report("dihedral 512x512 (luma -> 8 hashes, dct method)", () => PdqHasher.HashDihedral(luma, 512, 512));

    void Report(string what, Action action)
    {
        const int batches = 25, perBatch = 100;
        for (var i = 0; i < perBatch; i++)
        {
            action();
        }
        var micros = new double[batches];
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var b = 0; b < batches; b++)
        {
            var t = Stopwatch.GetTimestamp();
            for (var i = 0; i < perBatch; i++)
            {
                action();
            }
            micros[b] = Stopwatch.GetElapsedTime(t).TotalMilliseconds * 1000 / perBatch;
        }
        process.Refresh();
        // CPU time charged to the process: what "per core" means when other jobs share the cores.
        var cpuMicros = (process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / (batches * perBatch);
        Array.Sort(micros);
        Console.WriteLine(string.Create(culture, $"{what}: best {micros[0]:F0} µs/image ({1e6 / micros[0]:F0}/s), median {micros[batches / 2]:F0} µs/image ({1e6 / micros[batches / 2]:F0}/s), CPU {cpuMicros:F0} µs/image"));
    }
}
else if (mode == "files")
{
    var files = Directory.GetFiles(args[1], "*.jpg", SearchOption.AllDirectories);
    foreach (var f in files.Take(20))
    {
        ImageHasher.HashFile(f);
    }
    var sw = Stopwatch.StartNew();
    long pixels = 0;
    var rounds = Math.Max(1, 2000 / Math.Max(1, files.Length));
    var count = 0;
    for (var r = 0; r < rounds; r++)
    {
        foreach (var f in files)
        {
            var result = ImageHasher.HashFile(f);
            pixels += (long)result.Width * result.Height;
            count++;
        }
    }
    sw.Stop();
    Console.WriteLine(string.Create(culture, $"end-to-end JPEG decode+hash (1 thread): {count} files, {count / sw.Elapsed.TotalSeconds:F1} files/s, mean {pixels / (double)count / 1e6:F2} MP/file"));
}
else if (mode == "layout")
{
    foreach (var n in new[] { 1_000, 100_000, 1_000_000, 10_000_000, 100_000_000 })
    {
        Console.WriteLine(string.Create(culture, $"{n:N0}: slots {string.Join(' ', MihLayout.Choose(n).Widths)}"));
    }
}
else if (mode == "mih-persist")
{
    // Snapshot save and load of an n-hash index with 32 bytes of key per hash (the photo index's blob SHA-256),
    // against building the same index from the hashes. Load follows save, so the file is in the page cache.
    var n = int.Parse(args[1], culture);
    var random = new Random(7);
    var hashes = new PdqHash[n];
    var keys = new ulong[4L * n];
    for (var i = 0; i < n; i++)
    {
        hashes[i] = new PdqHash((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
    }
    for (var i = 0; i < keys.Length; i++)
    {
        keys[i] = (ulong)random.NextInt64();
    }
    var sw = Stopwatch.StartNew();
    var index = new MultiIndexHashIndex(n);
    index.AddRange(hashes);
    var build = sw.Elapsed;
    var path = Path.Combine(Path.GetTempPath(), $"ariadne-bench-{Environment.ProcessId}.mih");
    try
    {
        sw.Restart();
        MihSnapshot.Save(path, index, keys, "{}");
        var save = sw.Elapsed;
        var size = new FileInfo(path).Length;
        var probes = hashes.Take(1000).ToArray();
        index = null;
        keys = null;
        hashes = null;
        GC.Collect();
        sw.Restart();
        var loaded = MihSnapshot.Load(path);
        var load = sw.Elapsed;
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException(loaded.Error);
        }
        var results = new List<MihMatch>();
        var found = 0;
        foreach (var probe in probes)
        {
            results.Clear();
            loaded.Index!.Search(probe, 0, results);
            found += results.Count > 0 ? 1 : 0;
        }
        Console.WriteLine(string.Create(culture, $"mih-persist {n:N0} hashes: build {build.TotalSeconds:F1} s; save {save.TotalSeconds:F1} s; load (checksum + range checks) {load.TotalSeconds:F1} s; snapshot {size / 1e6:F0} MB ({size / (double)n:F1} bytes/hash, 32 of them key); slots {string.Join(' ', loaded.Index!.SlotWidths)}; {found}/{probes.Length} probes found after load"));
    }
    finally
    {
        File.Delete(path);
    }
}
else if (mode == "mih")
{
    var n = int.Parse(args[1], culture);
    var queries = int.Parse(args[2], culture);
    var random = new Random(7);
    var before = GC.GetTotalMemory(true);
    // Haystack: n random hashes, then one planted neighbour per query at distance q % 32 (0..31).
    PdqHash[]? haystack = new PdqHash[n + queries];
    for (var i = 0; i < n; i++)
    {
        haystack[i] = new PdqHash((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
    }
    var queryHashes = new PdqHash[queries];
    for (var q = 0; q < queries; q++)
    {
        var h = new PdqHash((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
        queryHashes[q] = h;
        Span<ulong> w = [h.Bits0, h.Bits1, h.Bits2, h.Bits3];
        var flips = new HashSet<int>();
        var d = q % 32;
        while (flips.Count < d)
        {
            flips.Add(random.Next(256));
        }
        foreach (var k in flips)
        {
            w[k >> 6] ^= 1UL << (k & 63);
        }
        haystack[n + q] = new PdqHash(w[0], w[1], w[2], w[3]);
    }
    var sw = Stopwatch.StartNew();
    var index = new MultiIndexHashIndex(n + queries);
    int[]? ids = index.AddRange(haystack);
    var build = sw.Elapsed;
    var planted = ids[n..];
    haystack = null;
    ids = null;
    var after = GC.GetTotalMemory(true);
    Console.WriteLine(string.Create(culture, $"mih build (AddRange, one counting-sort build): {index.Count:N0} hashes in {build.TotalSeconds:F1} s; slots {string.Join(' ', index.SlotWidths)}; managed memory {(after - before) / (double)index.Count:F1} bytes/hash (index estimate {index.ApproximateBytes() / (double)index.Count:F1})"));
    var times = new double[queries];
    var cpuTimes = new double[queries];
    var results = new List<MihMatch>();
    var found = 0;
    for (var q = 0; q < queries; q++)
    {
        results.Clear();
        var c = Ariadne.Bench.Imaging.ThreadCpuClock.NowMilliseconds();
        var t = Stopwatch.GetTimestamp();
        index.Search(queryHashes[q], 31, results);
        times[q] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        cpuTimes[q] = Ariadne.Bench.Imaging.ThreadCpuClock.NowMilliseconds() - c;
        if (results.Exists(m => m.Id == planted[q]))
        {
            found++;
        }
    }
    Array.Sort(times);
    Array.Sort(cpuTimes);
    Console.WriteLine(string.Create(culture, $"mih radius-31 query (1 thread): p50 {times[queries / 2]:F3} ms, p99 {times[(int)(queries * 0.99)]:F3} ms, max {times[^1]:F3} ms; planted-neighbour recall {found}/{queries}"));
    Console.WriteLine(string.Create(culture, $"  thread CPU time per query: p50 {cpuTimes[queries / 2]:F3} ms, p99 {cpuTimes[(int)(queries * 0.99)]:F3} ms, max {cpuTimes[^1]:F3} ms"));
    var linear = new List<MihMatch>();
    var lsw = Stopwatch.StartNew();
    var exact = 0;
    var checkedQueries = Math.Min(queries, 20);
    for (var q = 0; q < checkedQueries; q++)
    {
        linear.Clear();
        results.Clear();
        index.SearchLinear(queryHashes[q], 31, linear);
        index.Search(queryHashes[q], 31, results);
        if (linear.Select(m => m.Id).Order().SequenceEqual(results.Select(m => m.Id).Order()))
        {
            exact++;
        }
    }
    Console.WriteLine(string.Create(culture, $"brute force: {lsw.Elapsed.TotalMilliseconds / checkedQueries / 2:F1} ms/query (approx); MIH == brute force on {exact}/{checkedQueries} queries"));

    // Incremental use: 50,000 adds (they land in the delta, folded in at 65,536) and 50,000 removals (tombstones).
    sw.Restart();
    for (var i = 0; i < 50_000; i++)
    {
        index.Add(new PdqHash((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64()));
    }
    var addTime = sw.Elapsed;
    sw.Restart();
    for (var i = 0; i < 50_000; i++)
    {
        index.Remove(i * 7);
    }
    Console.WriteLine(string.Create(culture, $"incremental: 50,000 Add in {addTime.TotalMilliseconds:F0} ms, 50,000 Remove in {sw.Elapsed.TotalMilliseconds:F0} ms"));
    found = 0;
    for (var q = 0; q < queries; q++)
    {
        results.Clear();
        var t = Stopwatch.GetTimestamp();
        index.Search(queryHashes[q], 31, results);
        times[q] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (results.Exists(m => m.Id == planted[q]))
        {
            found++;
        }
    }
    Array.Sort(times);
    Console.WriteLine(string.Create(culture, $"mih radius-31 query with 50,000-entry delta and 50,000 tombstones: p50 {times[queries / 2]:F3} ms, p99 {times[(int)(queries * 0.99)]:F3} ms, max {times[^1]:F3} ms; planted-neighbour recall {found}/{queries}"));
    exact = 0;
    for (var q = 0; q < checkedQueries; q++)
    {
        linear.Clear();
        results.Clear();
        index.SearchLinear(queryHashes[q], 31, linear);
        index.Search(queryHashes[q], 31, results);
        if (linear.Select(m => m.Id).Order().SequenceEqual(results.Select(m => m.Id).Order()))
        {
            exact++;
        }
    }
    Console.WriteLine(string.Create(culture, $"after incremental changes: MIH == brute force on {exact}/{checkedQueries} queries"));
}
