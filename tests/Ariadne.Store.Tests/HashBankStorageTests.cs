using Ariadne.Core.Imaging;

namespace Ariadne.Store.Tests;

/// <summary>Hash banks and image hashes in the store; runs on both engines.</summary>
public abstract class HashBankStorageTests : StoreTestBase
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static string Hex(int seed) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(seed)));

    private static BankEntry Entry(int seed, int? quality = 90, string? source = "partner-a") =>
        new() { Hash = Hex(seed), Quality = quality, Source = source, AddedBy = "analyst", Reason = "case 17", AddedAtUtc = Now };

    [Fact]
    public async Task Banks_keep_each_hash_once_with_its_provenance_and_count_entries()
    {
        var bank = await Store.Banks.GetOrCreateAsync("takedown", "known re-uploads", Now);
        var again = await Store.Banks.GetOrCreateAsync("takedown", null, Now.AddDays(1));
        var other = await Store.Banks.GetOrCreateAsync("partner", null, Now);

        var first = await Store.Banks.AddEntriesAsync(bank.Id, [Entry(1), Entry(2), Entry(2, source: "dup in file")]);
        var second = await Store.Banks.AddEntriesAsync(bank.Id, [Entry(2, source: "later"), Entry(3, quality: null)]);
        await Store.Banks.AddEntriesAsync(other.Id, [Entry(1)]);

        Assert.Equal(bank.Id, again.Id);
        Assert.Equal((2, 1), (first.Added, first.AlreadyPresent));
        Assert.Equal((1, 1), (second.Added, second.AlreadyPresent));
        var entries = await Store.Banks.ListEntriesAsync(bank.Id);
        Assert.Equal([Hex(1), Hex(2), Hex(3)], entries.Select(e => e.Hash));
        Assert.Equal("partner-a", entries[1].Source);
        Assert.Null(entries[2].Quality);
        Assert.Equal(Now, entries[0].AddedAtUtc);
        Assert.Equal(["case 17"], entries.Select(e => e.Reason).Distinct());

        var list = await Store.Banks.ListAsync();
        Assert.Equal([("partner", 1L), ("takedown", 3L)], list.Select(b => (b.Bank.Name, b.Entries)));
        Assert.Equal("known re-uploads", list[1].Bank.Description);
        Assert.Equal(4, (await Store.Banks.ListAllEntriesAsync()).Count);
        Assert.Equal(["partner"], (await Store.Banks.ListAllEntriesAsync(["partner"])).Select(b => b.BankName));
    }

    [Fact]
    public async Task Bank_hashes_must_be_canonical_hex()
    {
        var bank = await Store.Banks.GetOrCreateAsync("b", null, Now);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.Banks.AddEntriesAsync(bank.Id, [new BankEntry { Hash = Hex(1).ToUpperInvariant() }]));
        Assert.Empty(await Store.Banks.ListEntriesAsync(bank.Id));
    }

    [Fact]
    public async Task Image_hashes_are_stored_once_per_blob()
    {
        var hashes = new[]
        {
            new ImageHash { BlobSha256 = Hex(10), Pdq = Hex(11), Quality = 80, HashedAtUtc = Now },
            new ImageHash { BlobSha256 = Hex(20), Error = "not an image", HashedAtUtc = Now },
        };

        await Store.ImageHashes.SaveAsync("hash", 1, [], hashes, Now);
        await Store.ImageHashes.SaveAsync("hash", 1, [], [new ImageHash { BlobSha256 = Hex(10), Pdq = Hex(12), Quality = 10, HashedAtUtc = Now }], Now);

        Assert.Equal([Hex(10), Hex(20)], (await Store.ImageHashes.FindHashedAsync([Hex(10), Hex(20), Hex(30)])).Order(StringComparer.Ordinal));
        var reliable = Assert.Single(await Store.ImageHashes.ListHashesAsync(50));
        Assert.Equal((Hex(11), 80), (reliable.Pdq, reliable.Quality));
    }
}
