using Ariadne.Core.Ingest;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Ingest;

/// <summary>The web app's import jobs: written at each change of state, read by the import pages.</summary>
public sealed class ImportJobRepository(AriadneStore store)
{
    /// <summary>Inserts the job or overwrites the stored copy with this one.</summary>
    public async Task SaveAsync(ImportJobRecord job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var context = store.CreateDbContext();
        var exists = await context.ImportJobs.AnyAsync(j => j.Id == job.Id, cancellationToken);
        if (exists)
        {
            context.ImportJobs.Update(job);
        }
        else
        {
            context.ImportJobs.Add(job);
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<ImportJobRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await using var context = store.CreateDbContext();
        return await context.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
    }

    /// <summary>The most recent jobs, newest first.</summary>
    public async Task<IReadOnlyList<ImportJobRecord>> ListRecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = store.CreateDbContext();
        return await context.ImportJobs.AsNoTracking()
            .OrderByDescending(j => j.StartedAtUtc).ThenByDescending(j => j.Id)
            .Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Marks every job still ingesting or analysing as interrupted: called when the server starts, when no job of
    /// this process can be running yet, so those rows were left by a server that stopped mid-import.
    /// </summary>
    /// <returns>How many jobs were marked.</returns>
    public async Task<int> MarkInterruptedAsync(DateTimeOffset now, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        await using var context = store.CreateDbContext();
        var running = ImportJobStatus.Running.ToArray();
        var jobs = await context.ImportJobs.Where(j => running.Contains(j.Status)).ToListAsync(cancellationToken);
        foreach (var job in jobs)
        {
            job.Status = ImportJobStatus.Interrupted;
            job.Error = reason;
            job.UpdatedAtUtc = now;
            job.FinishedAtUtc = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        return jobs.Count;
    }
}
