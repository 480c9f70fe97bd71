using System.Buffers.Binary;
using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;

namespace Ariadne.Imaging.Tests;

/// <summary>A saved and re-loaded index answers exactly as the one that was saved, and as brute force; bad files are refused, never crash.</summary>
public sealed class MihSnapshotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ariadne-mih-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathFor(string name) => Path.Combine(_folder, name);

    /// <summary>Random haystack with planted neighbours at distances 0..40 of a few centres; some removed, some left in the delta.</summary>
    private static (MultiIndexHashIndex Index, List<PdqHash> Centres) Haystack(int seed, int layoutFor)
    {
        var random = new Random(seed);
        var index = new MultiIndexHashIndex();
        var centres = Enumerable.Range(0, 10).Select(_ => TestHashes.Random(random)).ToList();
        var hashes = new List<PdqHash>();
        foreach (var centre in centres)
        {
            for (var d = 0; d <= 40; d++)
            {
                hashes.Add(TestHashes.Perturb(centre, d, random));
            }
        }
        for (var i = 0; i < 3000; i++)
        {
            hashes.Add(TestHashes.Random(random));
        }
        var ids = index.AddRange(hashes);
        index.Build(layoutFor);
        // Tombstones in the tables, freed ids, and new hashes in the delta (some re-using freed ids).
        for (var i = 0; i < ids.Length; i += 7)
        {
            index.Remove(ids[i]);
        }
        foreach (var centre in centres)
        {
            index.Add(TestHashes.Perturb(centre, random.Next(0, 32), random));
        }
        return (index, centres);
    }

    private static ulong[] KeysFor(MultiIndexHashIndex index)
    {
        var keys = new ulong[4 * index.IdLimit];
        for (var id = 0; id < index.IdLimit; id++)
        {
            keys[4 * id] = (ulong)id * 31;
            keys[(4 * id) + 3] = ~(ulong)id;
        }
        return keys;
    }

    private static void AssertSameAnswers(MultiIndexHashIndex expected, MultiIndexHashIndex actual, PdqHash query, int radius)
    {
        var a = new List<MihMatch>();
        var b = new List<MihMatch>();
        var brute = new List<MihMatch>();
        expected.Search(query, radius, a);
        actual.Search(query, radius, b);
        actual.SearchLinear(query, radius, brute);
        Assert.Equal(a.OrderBy(m => m.Id), b.OrderBy(m => m.Id));
        Assert.Equal(brute.OrderBy(m => m.Id), b.OrderBy(m => m.Id));
    }

    [Theory]
    [InlineData(1, -1)]
    [InlineData(2, 100_000)]
    [InlineData(3, 1_000_000)]
    public void Round_trip_answers_like_the_saved_index_and_brute_force(int seed, int layoutFor)
    {
        var (index, centres) = Haystack(seed, layoutFor < 0 ? 3400 : layoutFor);
        var keys = KeysFor(index);
        var path = PathFor("round-trip.mih");
        MihSnapshot.Save(path, index, keys, "{\"watermark\":42}");

        var loaded = MihSnapshot.Load(path);
        Assert.True(loaded.Succeeded, loaded.Error);
        var copy = loaded.Index!;
        Assert.Equal(index.Count, copy.Count);
        Assert.Equal(index.IdLimit, copy.IdLimit);
        Assert.Equal(index.SlotWidths, copy.SlotWidths);
        Assert.Equal(index.PendingCount, copy.PendingCount);
        Assert.Equal(keys, loaded.Keys);
        Assert.Equal("{\"watermark\":42}", loaded.Manifest);
        var random = new Random(seed + 100);
        foreach (var centre in centres)
        {
            foreach (var radius in new[] { 0, 8, 16, 31, 40 })
            {
                AssertSameAnswers(index, copy, TestHashes.Perturb(centre, random.Next(0, 6), random), radius);
            }
        }
        for (var i = 0; i < 50; i++)
        {
            AssertSameAnswers(index, copy, TestHashes.Random(random), 31);
        }
    }

    [Fact]
    public void Adds_and_removes_after_loading_stay_exact_and_reuse_ids_as_the_original_would()
    {
        var (index, centres) = Haystack(4, 3400);
        var path = PathFor("incremental.mih");
        MihSnapshot.Save(path, index, [], "");
        var copy = MihSnapshot.Load(path).Index!;
        Assert.Empty(MihSnapshot.Load(path).Keys);

        var random = new Random(44);
        for (var round = 0; round < 3; round++)
        {
            foreach (var centre in centres)
            {
                var hash = TestHashes.Perturb(centre, random.Next(0, 40), random);
                Assert.Equal(index.Add(hash), copy.Add(hash));
            }
            for (var id = round; id < copy.IdLimit; id += 11)
            {
                Assert.Equal(index.Remove(id), copy.Remove(id));
            }
            if (round == 1)
            {
                copy.Build();
                index.Build();
            }
            foreach (var centre in centres)
            {
                AssertSameAnswers(index, copy, TestHashes.Perturb(centre, random.Next(0, 6), random), 31);
            }
        }
    }

    [Fact]
    public void An_empty_index_round_trips()
    {
        var path = PathFor("empty.mih");
        MihSnapshot.Save(path, new MultiIndexHashIndex(), [], "");
        var loaded = MihSnapshot.Load(path);
        Assert.True(loaded.Succeeded, loaded.Error);
        Assert.Equal(0, loaded.Index!.Count);
        var id = loaded.Index.Add(new PdqHash(1, 2, 3, 4));
        var hits = new List<MihMatch>();
        loaded.Index.Search(new PdqHash(1, 2, 3, 4), 0, hits);
        Assert.Equal([new MihMatch(id, 0)], hits);
    }

    [Fact]
    public void A_flipped_byte_anywhere_is_caught()
    {
        var (index, _) = Haystack(5, 3400);
        var path = PathFor("corrupt.mih");
        MihSnapshot.Save(path, index, KeysFor(index), "manifest");
        var bytes = File.ReadAllBytes(path);
        var random = new Random(5);
        // Past the header (whose fields have their own checks) through the trailer.
        foreach (var at in Enumerable.Range(0, 40).Select(_ => random.Next(60, bytes.Length)).Append(bytes.Length - 1).Append(bytes.Length - 12))
        {
            var copy = (byte[])bytes.Clone();
            copy[at] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(path, copy);
            var loaded = MihSnapshot.Load(path);
            Assert.False(loaded.Succeeded, $"byte {at} flipped but the snapshot loaded");
            Assert.Contains("corrupt", loaded.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Truncated_or_garbage_files_are_refused_with_a_reason()
    {
        var (index, _) = Haystack(6, 3400);
        var path = PathFor("short.mih");
        MihSnapshot.Save(path, index, [], "");
        var bytes = File.ReadAllBytes(path);
        var random = new Random(6);
        foreach (var length in new[] { 0, 10, 60, bytes.Length / 2, bytes.Length - 1 })
        {
            File.WriteAllBytes(path, bytes.AsSpan(0, length).ToArray());
            var loaded = MihSnapshot.Load(path);
            Assert.False(loaded.Succeeded);
            Assert.Contains("truncated", loaded.Error, StringComparison.Ordinal);
        }
        for (var i = 0; i < 20; i++)
        {
            var garbage = new byte[random.Next(0, 5000)];
            random.NextBytes(garbage);
            File.WriteAllBytes(path, garbage);
            Assert.False(MihSnapshot.Load(path).Succeeded);
        }
        // A header with the magic and version but random fields.
        for (var i = 0; i < 200; i++)
        {
            var forged = (byte[])bytes.Clone();
            BinaryPrimitives.WriteInt32LittleEndian(forged.AsSpan(8 + (4 * random.Next(1, 11))), random.Next(int.MinValue, int.MaxValue));
            File.WriteAllBytes(path, forged);
            Assert.False(MihSnapshot.Load(path).Succeeded);
        }
        Assert.Equal("no snapshot file", MihSnapshot.Load(PathFor("missing.mih")).Error);
    }

    [Fact]
    public void Another_format_version_is_reported_as_a_version_mismatch()
    {
        var path = PathFor("version.mih");
        MihSnapshot.Save(path, Haystack(7, 3400).Index, [], "");
        var bytes = File.ReadAllBytes(path);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), MihSnapshot.FormatVersion + 1);
        File.WriteAllBytes(path, bytes);
        var loaded = MihSnapshot.Load(path);
        Assert.False(loaded.Succeeded);
        Assert.True(loaded.VersionMismatch);
        Assert.Contains($"version {MihSnapshot.FormatVersion + 1}", loaded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_replaces_the_old_file_and_leaves_no_temporary_files()
    {
        var path = PathFor("replace.mih");
        var index = new MultiIndexHashIndex();
        index.Add(new PdqHash(1, 1, 1, 1));
        MihSnapshot.Save(path, index, [], "one");
        index.Add(new PdqHash(2, 2, 2, 2));
        MihSnapshot.Save(path, index, [], "two");
        var loaded = MihSnapshot.Load(path);
        Assert.Equal("two", loaded.Manifest);
        Assert.Equal(2, loaded.Index!.Count);
        Assert.Equal([path], Directory.GetFiles(_folder));
    }
}
