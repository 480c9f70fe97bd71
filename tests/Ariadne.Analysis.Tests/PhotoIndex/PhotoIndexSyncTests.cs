using System.Buffers.Binary;
using Ariadne.Analysis.PhotoIndex;
using Ariadne.Core.Imaging;
using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;
using Ariadne.Store;
using Ariadne.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ariadne.Analysis.Tests.PhotoIndex;

/// <summary>
/// The persisted photo index against a real SQLite store: a process start loads the snapshot and applies only
/// what changed in <c>image_hashes</c>; its answers equal a brute-force scan of the rows; bad snapshots are rebuilt
/// with the reason logged.
/// </summary>
public sealed class PhotoIndexSyncTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private TempDirectory Temp { get; } = new();
    private readonly Random _random = new(17);
    private readonly List<PdqHash> _centres = [];
    private AriadneStore _store = null!;

    private string SnapshotPath => Temp.Combine("index", PhotoIndexLocation.FileName);

    private PhotoIndexOptions Options => new() { SnapshotPath = SnapshotPath };

    public async Task InitializeAsync()
    {
        _store = await AriadneStore.OpenAsync(StoreLocation.Sqlite(Temp.Combine("ariadne.db")));
        for (var i = 0; i < 8; i++)
        {
            _centres.Add(RandomHash());
        }
        await InsertAsync(Rows(2000, T0));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Temp.Dispose();
    }

    private PdqHash RandomHash() =>
        new((ulong)_random.NextInt64(), (ulong)_random.NextInt64(), (ulong)_random.NextInt64(), (ulong)_random.NextInt64());

    private PdqHash Near(PdqHash centre, int bits)
    {
        Span<ulong> w = [centre.Bits0, centre.Bits1, centre.Bits2, centre.Bits3];
        for (var i = 0; i < bits; i++)
        {
            var k = _random.Next(256);
            w[k >> 6] ^= 1UL << (k & 63);
        }
        return new PdqHash(w[0], w[1], w[2], w[3]);
    }

    private string RandomBlob()
    {
        Span<byte> bytes = stackalloc byte[32];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Half near the centres (distances 0..40), half random; every 10th of low quality, every 25th unreadable.</summary>
    private List<ImageHash> Rows(int count, DateTimeOffset at)
    {
        var rows = new List<ImageHash>(count);
        for (var i = 0; i < count; i++)
        {
            var hash = i % 2 == 0 ? Near(_centres[i % _centres.Count], _random.Next(0, 41)) : RandomHash();
            rows.Add(i % 25 == 0
                ? new ImageHash { BlobSha256 = RandomBlob(), Error = "corrupt", HashedAtUtc = at }
                : new ImageHash { BlobSha256 = RandomBlob(), Pdq = hash.ToString(), Quality = i % 10 == 0 ? 30 : 90, HashedAtUtc = at });
        }
        return rows;
    }

    private Task InsertAsync(IReadOnlyList<ImageHash> rows) =>
        _store.ImageHashes.SaveAsync("hash", 1, [], rows, T0, CancellationToken.None);

    /// <summary>Every query (near each centre, and random) answered by the index as by a scan of the store's rows.</summary>
    private async Task AssertAnswersLikeBruteForceAsync(PhotoHashIndex index)
    {
        await using var context = _store.CreateDbContext();
        var rows = await context.ImageHashes.AsNoTracking().Where(h => h.Pdq != null && h.Quality >= 50).ToListAsync();
        Assert.Equal(rows.Count, index.Count);
        var queries = _centres.Select(c => Near(c, _random.Next(0, 6))).Concat(Enumerable.Range(0, 10).Select(_ => RandomHash()));
        foreach (var query in queries)
        {
            var expected = rows.Where(r => PdqHash.Parse(r.Pdq!).DistanceTo(query) <= 31).Select(r => r.BlobSha256).Order(StringComparer.Ordinal).ToList();
            var found = new List<string>();
            index.Search(query, 31, found);
            Assert.Equal(expected, found.Order(StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public async Task The_first_open_builds_and_saves_and_the_next_loads_the_snapshot_with_the_same_answers()
    {
        var (built, first) = await PhotoIndexSync.OpenAsync(_store, Options);
        using (built)
        {
            Assert.Equal(PhotoIndexSource.Rebuilt, first.Source);
            Assert.True(first.Saved);
            Assert.True(File.Exists(SnapshotPath));
            await AssertAnswersLikeBruteForceAsync(built);
        }

        var (loaded, second) = await PhotoIndexSync.OpenAsync(_store, Options);
        using (loaded)
        {
            Assert.Equal(PhotoIndexSource.Snapshot, second.Source);
            Assert.Equal(0, second.Added);
            Assert.Equal(0, second.Removed);
            Assert.False(second.Saved);
            Assert.Equal(first.Count, second.Count);
            await AssertAnswersLikeBruteForceAsync(loaded);
        }
    }

    [Fact]
    public async Task Rows_added_and_deleted_after_the_snapshot_are_applied_to_it_without_a_rebuild()
    {
        (await PhotoIndexSync.OpenAsync(_store, Options)).Index.Dispose();
        var added = Rows(300, T0.AddHours(1));
        await InsertAsync(added);
        // A row committed late by a writer whose clock read earlier (within the slack), and one long before it.
        var late = new ImageHash { BlobSha256 = RandomBlob(), Pdq = Near(_centres[0], 3).ToString(), Quality = 80, HashedAtUtc = T0.AddHours(1).AddMinutes(-5) };
        var ancient = new ImageHash { BlobSha256 = RandomBlob(), Pdq = Near(_centres[1], 3).ToString(), Quality = 80, HashedAtUtc = T0.AddYears(-1) };
        await InsertAsync([late]);
        var (index, report) = await PhotoIndexSync.OpenAsync(_store, Options with { SaveAfterChanges = 1_000_000 });
        using (index)
        {
            Assert.Equal(PhotoIndexSource.Snapshot, report.Source);
            Assert.Equal(added.Count(r => r.Pdq is not null && r.Quality >= 50) + 1, report.Added);
            Assert.Null(report.Reason);
            Assert.False(report.Saved);
            await AssertAnswersLikeBruteForceAsync(index);

            // In memory: deletions (and a row older than the watermark's slack) are found by the count check.
            await using (var context = _store.CreateDbContext())
            {
                var victims = await context.ImageHashes.Where(h => h.Pdq != null && h.Quality >= 50).OrderBy(h => h.BlobSha256).Take(120).Select(h => h.BlobSha256).ToListAsync();
                await context.ImageHashes.Where(h => victims.Contains(h.BlobSha256)).ExecuteDeleteAsync();
            }
            await InsertAsync([ancient]);
            var refresh = await PhotoIndexSync.RefreshAsync(_store, index, Options with { SaveAfterChanges = 1_000_000 });
            Assert.Equal(PhotoIndexSource.Refreshed, refresh.Source);
            Assert.Equal(120, refresh.Removed);
            Assert.Equal(1, refresh.Added);
            Assert.NotNull(refresh.Reason);
            await AssertAnswersLikeBruteForceAsync(index);
        }

        // The snapshot on disk is still the first one: a new process catches up the same way.
        var (reopened, again) = await PhotoIndexSync.OpenAsync(_store, Options);
        using (reopened)
        {
            Assert.Equal(PhotoIndexSource.Snapshot, again.Source);
            Assert.True(again.Removed > 0);
            Assert.False(again.Saved, "a few hundred changes are re-read on start rather than re-written (default: after 10,000)");
            await AssertAnswersLikeBruteForceAsync(reopened);
        }
    }

    [Fact]
    public async Task The_snapshot_is_rewritten_only_once_enough_changed()
    {
        (await PhotoIndexSync.OpenAsync(_store, Options)).Index.Dispose();
        var written = File.GetLastWriteTimeUtc(SnapshotPath);
        await InsertAsync(Rows(50, T0.AddHours(1)));
        var (a, few) = await PhotoIndexSync.OpenAsync(_store, Options with { SaveAfterChanges = 100 });
        a.Dispose();
        Assert.False(few.Saved);
        Assert.Equal(written, File.GetLastWriteTimeUtc(SnapshotPath));
        await InsertAsync(Rows(200, T0.AddHours(2)));
        var (b, many) = await PhotoIndexSync.OpenAsync(_store, Options with { SaveAfterChanges = 100 });
        b.Dispose();
        Assert.True(many.Saved);
        var (c, after) = await PhotoIndexSync.OpenAsync(_store, Options with { SaveAfterChanges = 100 });
        using (c)
        {
            Assert.Equal(0, after.Added);
            await AssertAnswersLikeBruteForceAsync(c);
        }
    }

    [Fact]
    public async Task A_corrupt_snapshot_is_rebuilt_with_the_reason_logged()
    {
        (await PhotoIndexSync.OpenAsync(_store, Options)).Index.Dispose();
        var bytes = File.ReadAllBytes(SnapshotPath);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(SnapshotPath, bytes);

        var logger = new ListLogger();
        var (index, report) = await PhotoIndexSync.OpenAsync(_store, Options, logger);
        using (index)
        {
            Assert.Equal(PhotoIndexSource.Rebuilt, report.Source);
            Assert.Contains("corrupt", report.Reason, StringComparison.Ordinal);
            Assert.True(report.Saved);
            Assert.Contains(logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("corrupt", StringComparison.Ordinal));
            await AssertAnswersLikeBruteForceAsync(index);
        }
        Assert.True(MihSnapshot.Load(SnapshotPath).Succeeded, "the rebuilt index was saved over the corrupt file");
    }

    [Fact]
    public async Task A_truncated_or_other_version_snapshot_is_rebuilt()
    {
        (await PhotoIndexSync.OpenAsync(_store, Options)).Index.Dispose();
        var bytes = File.ReadAllBytes(SnapshotPath);
        File.WriteAllBytes(SnapshotPath, bytes[..(bytes.Length / 3)]);
        var (a, truncated) = await PhotoIndexSync.OpenAsync(_store, Options);
        a.Dispose();
        Assert.Equal(PhotoIndexSource.Rebuilt, truncated.Source);
        Assert.Contains("truncated", truncated.Reason, StringComparison.Ordinal);

        bytes = File.ReadAllBytes(SnapshotPath);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), MihSnapshot.FormatVersion + 1);
        File.WriteAllBytes(SnapshotPath, bytes);
        var logger = new ListLogger();
        var (b, version) = await PhotoIndexSync.OpenAsync(_store, Options, logger);
        using (b)
        {
            Assert.Equal(PhotoIndexSource.Rebuilt, version.Source);
            Assert.Contains("version", version.Reason, StringComparison.Ordinal);
            Assert.Contains(logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("version", StringComparison.Ordinal));
            await AssertAnswersLikeBruteForceAsync(b);
        }
    }

    [Fact]
    public async Task A_snapshot_for_another_quality_floor_is_rebuilt()
    {
        (await PhotoIndexSync.OpenAsync(_store, Options)).Index.Dispose();
        var (index, report) = await PhotoIndexSync.OpenAsync(_store, Options with { MinimumQuality = 80 });
        index.Dispose();
        Assert.Equal(PhotoIndexSource.Rebuilt, report.Source);
        Assert.Contains("quality", report.Reason, StringComparison.Ordinal);
    }
}
