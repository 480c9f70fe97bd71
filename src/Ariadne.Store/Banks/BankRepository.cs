using Ariadne.Core.Imaging;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Banks;

/// <summary>
/// Hash banks: named lists of PDQ hashes with their provenance. Banks hold hashes only, never images. Hashes are
/// stored as 64 lower-case hex digits and are unique within a bank, so importing the same list twice adds nothing.
/// </summary>
public sealed class BankRepository(AriadneStore store)
{
    // Keeps each "which of these hashes are stored?" query's parameter list well inside every engine's limits.
    private const int LookupChunk = 1000;

    /// <summary>The bank with this name, or null.</summary>
    public async Task<HashBank?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var context = store.CreateDbContext();
        return await context.HashBanks.AsNoTracking().FirstOrDefaultAsync(b => b.Name == name, cancellationToken);
    }

    /// <summary>The bank with this name, created (with the description) when there is none.</summary>
    public async Task<HashBank> GetOrCreateAsync(string name, string? description, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var context = store.CreateDbContext();
        var bank = await context.HashBanks.FirstOrDefaultAsync(b => b.Name == name, cancellationToken);
        if (bank is not null)
        {
            if (description is not null && bank.Description != description)
            {
                bank.Description = description;
                await context.SaveChangesAsync(cancellationToken);
            }

            return bank;
        }

        bank = new HashBank { Name = name, Description = description, CreatedAtUtc = nowUtc };
        context.HashBanks.Add(bank);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return bank;
        }
        catch (DbUpdateException)
        {
            // Another process created it between our read and our insert; the unique name makes theirs the bank.
            return await FindAsync(name, cancellationToken) ?? throw new InvalidOperationException($"Bank '{name}' could not be created.");
        }
    }

    /// <summary>
    /// Adds entries to a bank in one transaction. Hashes must be 64 lower-case hex digits. A hash the bank already
    /// holds (or that repeats within <paramref name="entries"/>) is skipped and counted, keeping the first
    /// provenance recorded for it.
    /// </summary>
    public async Task<BankAddResult> AddEntriesAsync(long bankId, IReadOnlyList<BankEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var fresh = new Dictionary<string, BankEntry>(StringComparer.Ordinal);
        var repeated = 0;
        foreach (var entry in entries)
        {
            if (entry.Hash.Length != 64 || entry.Hash.Any(c => !char.IsAsciiHexDigitLower(c)))
            {
                throw new ArgumentException($"Bank hashes must be 64 lower-case hex digits, not '{entry.Hash}'.", nameof(entries));
            }

            if (!fresh.TryAdd(entry.Hash, entry))
            {
                repeated++;
            }
        }

        await using var context = store.CreateDbContext();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var present = 0;
        foreach (var chunk in fresh.Keys.Chunk(LookupChunk))
        {
            var stored = await context.BankEntries.AsNoTracking()
                .Where(e => e.BankId == bankId && chunk.Contains(e.Hash))
                .Select(e => e.Hash)
                .ToListAsync(cancellationToken);
            foreach (var hash in stored)
            {
                present += fresh.Remove(hash) ? 1 : 0;
            }
        }

        foreach (var entry in fresh.Values)
        {
            context.BankEntries.Add(new BankEntry
            {
                BankId = bankId,
                SignalType = entry.SignalType,
                Hash = entry.Hash,
                Quality = entry.Quality,
                Source = entry.Source,
                AddedBy = entry.AddedBy,
                Reason = entry.Reason,
                AddedAtUtc = entry.AddedAtUtc,
            });
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BankAddResult(fresh.Count, present + repeated);
    }

    /// <summary>Every bank with its number of entries, by name.</summary>
    public async Task<IReadOnlyList<BankSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var banks = await context.HashBanks.AsNoTracking().ToListAsync(cancellationToken);
        var counts = await context.BankEntries.AsNoTracking()
            .GroupBy(e => e.BankId)
            .Select(g => new { BankId = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(x => x.BankId, x => x.Count, cancellationToken);
        return banks
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new BankSummary(b, counts.GetValueOrDefault(b.Id)))
            .ToList();
    }

    /// <summary>A bank's entries in the order they were added.</summary>
    public async Task<IReadOnlyList<BankEntry>> ListEntriesAsync(long bankId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.BankEntries.AsNoTracking()
            .Where(e => e.BankId == bankId)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every entry of every bank (or of the named banks), with its bank's name, for matching.</summary>
    public async Task<IReadOnlyList<BankedHash>> ListAllEntriesAsync(IReadOnlyCollection<string>? bankNames = null, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var query = from e in context.BankEntries.AsNoTracking()
                    join b in context.HashBanks.AsNoTracking() on e.BankId equals b.Id
                    select new { b.Name, Entry = e };
        if (bankNames is { Count: > 0 })
        {
            var names = bankNames.ToList();
            query = query.Where(x => names.Contains(x.Name));
        }

        var rows = await query.OrderBy(x => x.Entry.Id).ToListAsync(cancellationToken);
        return rows.Select(x => new BankedHash(x.Name, x.Entry)).ToList();
    }
}
