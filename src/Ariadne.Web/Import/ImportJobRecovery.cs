using Ariadne.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ariadne.Web.Import;

/// <summary>
/// On start-up, marks the imports a previous server left running as interrupted: their upload copies are gone
/// and nothing resumes them, so "ingesting" would be a lie. Runs before the app takes requests, so no job of
/// this process can be among them.
/// </summary>
public sealed class ImportJobRecovery(AriadneStore store, TimeProvider clock, ILogger<ImportJobRecovery> logger) : IHostedService
{
    public const string Reason =
        "The server stopped while this import was running. Documents stored before it stopped are kept; import the file again to finish (records already stored are not added twice).";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var marked = await store.ImportJobs.MarkInterruptedAsync(clock.GetUtcNow(), Reason, cancellationToken);
        if (marked > 0)
        {
            logger.LogWarning("{Count} import job(s) were interrupted by the last shutdown and are marked so", marked);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
