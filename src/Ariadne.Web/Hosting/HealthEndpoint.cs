using Ariadne.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Ariadne.Web.Hosting;

/// <summary><c>/healthz</c>: 200 with the document count when the store answers, 503 when it does not.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (AriadneStore store, ILoggerFactory loggers, CancellationToken ct) =>
        {
            try
            {
                var count = await store.CountDocumentsAsync(cancellationToken: ct);
                // The engine, not its location: the endpoint is anonymous and a file path or host name is no one else's business.
                return Results.Json(new { status = "ok", store = store.Kind.ToString().ToLowerInvariant(), documents = count });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                loggers.CreateLogger("Ariadne.Web.Health").LogError(ex, "The store did not answer the health check");
                return Results.Json(new { status = "unavailable", reason = "The store did not answer; the server log has the error." }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous(); // Monitors probe it without an account; it shows a count, never document content.
        return endpoints;
    }
}
