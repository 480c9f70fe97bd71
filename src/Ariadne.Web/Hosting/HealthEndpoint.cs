using Ariadne.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary><c>/healthz</c>: 200 with the document count when the store answers, 503 when it does not.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (AriadneStore store, CancellationToken ct) =>
        {
            try
            {
                var count = await store.CountDocumentsAsync(cancellationToken: ct);
                return Results.Json(new { status = "ok", store = store.Location.Describe(), documents = count });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(new { status = "unavailable", reason = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous(); // Monitors probe it without an account; it shows a count, never document content.
        return endpoints;
    }
}
