using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ariadne.Web.Hosting;

/// <summary>
/// <c>/healthz</c>: 200 when the store answers, 503 when it does not. Anonymous monitors get the status only; a
/// signed-in reader also gets the engine and the document count (the size of the corpus is the team's business).
/// </summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // Liveness probes have no account; anonymous callers see the status and nothing else.
        endpoints.MapGet("/healthz", CheckAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<JsonHttpResult<HealthAnswer>> CheckAsync(HttpContext http, AriadneStore store, IAuthorizationService authorization, ILoggerFactory loggers, CancellationToken ct)
    {
        try
        {
            var reader = (await authorization.AuthorizeAsync(http.User, Policies.Read)).Succeeded;
            if (!reader)
            {
                // A real read of the documents table (one row at most), so "ok" means the schema is there too.
                await using var context = store.CreateDbContext();
                _ = await context.Documents.AnyAsync(ct);
                return TypedResults.Json(new HealthAnswer("ok"));
            }

            var count = await store.CountDocumentsAsync(cancellationToken: ct);
            // The engine, not its location: a file path or host name helps no one reading a health check.
            return TypedResults.Json(new HealthAnswer("ok", Store: store.Kind.ToString().ToLowerInvariant(), Documents: count));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loggers.CreateLogger("Ariadne.Web.Health").LogError(ex, "The store did not answer the health check");
            return TypedResults.Json(new HealthAnswer("unavailable", Reason: "The store did not answer; the server log has the error."), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
