using Ariadne.Core.Analysis;
using Ariadne.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Analysis;

/// <summary>
/// How every stage commits a batch: its results and the batch's "analysed by this stage at this version" marks in one
/// transaction, so a killed run loses at most the batch in flight and never leaves results without their mark (or a
/// mark without its results).
/// </summary>
internal static class StageBatch
{
    /// <param name="write">Replaces the batch's earlier results with the new ones in the given context (deletes run at once, adds are saved with the marks).</param>
    public static async Task CommitAsync(AriadneStore store, string stage, int version, IReadOnlyCollection<string> documentIds, DateTimeOffset analyzedAtUtc,
        Func<AriadneDbContext, Task> write, CancellationToken cancellationToken)
    {
        var ids = documentIds.ToList();
        await using var context = store.CreateDbContext();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await write(context);
        await context.DocumentAnalyses.Where(a => a.Stage == stage && ids.Contains(a.DocumentId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in ids)
        {
            context.DocumentAnalyses.Add(new DocumentAnalysis { DocumentId = id, Stage = stage, Version = version, AnalyzedAtUtc = analyzedAtUtc });
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
