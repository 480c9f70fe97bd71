using System.Globalization;
using System.Security.Claims;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases;
using Ariadne.Investigation.Exports.Results;
using Ariadne.Investigation.Search;
using Ariadne.Store;
using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>
/// Result lists as files, with their provenance inside: <c>/exports/search.csv|jsonl</c> (the search page's query
/// string), <c>/exports/entity.csv|jsonl?type=&amp;value=</c> (an entity page's documents) and
/// <c>/exports/network.csv|jsonl?id=</c> (a network's members). Every reader may export what they may read.
/// </summary>
public static class ResultExportEndpoints
{
    public static IEndpointRouteBuilder MapResultExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/exports").RequireAuthorization(Policies.Read).AddEndpointFilter(NoStoreFilter.InvokeAsync);
        exports.MapGet("/search.{format}", SearchAsync);
        exports.MapGet("/entity.{format}", EntityAsync);
        exports.MapGet("/network.{format}", NetworkAsync);
        return endpoints;
    }

    /// <summary>The export link of a result list: <paramref name="list"/> is search, entity or network.</summary>
    public static string Link(string list, ResultExportFormat format, string queryString) =>
        $"/exports/{list}.{(format == ResultExportFormat.Csv ? "csv" : "jsonl")}{(queryString.Length > 0 && queryString[0] != '?' ? "?" : "")}{queryString}";

    private static Results<PushStreamHttpResult, ProblemHttpResult> SearchAsync(
        AriadneStore store, TimeProvider clock, HttpContext context, ClaimsPrincipal user, string format,
        string? q, string? kind, string? country, string? from, string? to, string? etype, string? evalue, string? city) =>
        Search(store, clock, context, user, format, "search", new SearchFields(q, kind, country, from, to, etype, evalue, city, null));

    private static Results<PushStreamHttpResult, ProblemHttpResult> EntityAsync(
        AriadneStore store, TimeProvider clock, HttpContext context, ClaimsPrincipal user, string format, string? type, string? value)
    {
        if (string.IsNullOrWhiteSpace(type) || string.IsNullOrWhiteSpace(value))
        {
            return TypedResults.Problem(detail: "type and value: name the entity, e.g. type=phone&value=%2B17135550171.", statusCode: StatusCodes.Status400BadRequest);
        }

        return Search(store, clock, context, user, format, $"entity {type} {value}", new SearchFields(null, null, null, null, null, type, value, null, null));
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> NetworkAsync(
        AriadneStore store, TimeProvider clock, HttpContext context, ClaimsPrincipal user, string format, string? id, CancellationToken ct)
    {
        if (!TryFormat(format, out var parsed, out var problem))
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(id) || await store.Networks.GetNetworkSizeAsync(id, ct) is null)
        {
            return TypedResults.Problem(detail: $"id: there is no network '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var provenance = Provenance(clock, context, user, "network " + id);
        return File(parsed, provenance, "network-" + id, new ResultExports(store).NetworkAsync(id, context.RequestAborted));
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Search(
        AriadneStore store, TimeProvider clock, HttpContext context, ClaimsPrincipal user, string format, string subject, SearchFields fields)
    {
        if (!TryFormat(format, out var parsed, out var problem))
        {
            return problem;
        }

        if (!DocumentSearchRequest.TryCreate(fields, DocumentSearchRequest.DefaultPageSize, out var query, out var error))
        {
            return TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        var provenance = Provenance(clock, context, user, subject);
        return File(parsed, provenance, subject.StartsWith("entity", StringComparison.Ordinal) ? "entity" : "search",
            new ResultExports(store).SearchAsync(query!, context.RequestAborted));
    }

    private static PushStreamHttpResult File(ResultExportFormat format, ResultProvenance provenance, string name, IAsyncEnumerable<IReadOnlyList<ResultRow>> pages)
    {
        var stamp = provenance.GeneratedAtUtc.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
        var (extension, type) = format == ResultExportFormat.Csv ? ("csv", "text/csv; charset=utf-8") : ("jsonl", "application/jsonl; charset=utf-8");
        return TypedResults.Stream(
            stream => ResultExportWriter.WriteAsync(stream, format, provenance, pages, ResultExports.Cap, CancellationToken.None),
            type, $"ariadne-{name}-{stamp}.{extension}");
    }

    private static ResultProvenance Provenance(TimeProvider clock, HttpContext context, ClaimsPrincipal user, string subject) =>
        // A '+' in a query string is a space; a plus the reader typed arrives as %2B and is decoded after.
        new(subject, Uri.UnescapeDataString((context.Request.QueryString.Value ?? "").TrimStart('?').Replace('+', ' ')),
            user.Identity?.Name ?? "(unknown)", clock.GetUtcNow(), ToolVersion.Current);

    private static bool TryFormat(string format, out ResultExportFormat parsed, out ProblemHttpResult problem)
    {
        problem = null!;
        switch (format)
        {
            case "csv":
                parsed = ResultExportFormat.Csv;
                return true;
            case "jsonl":
                parsed = ResultExportFormat.Jsonl;
                return true;
            default:
                parsed = default;
                problem = TypedResults.Problem(detail: $"format: '{format}' is not an export format; use csv or jsonl.", statusCode: StatusCodes.Status404NotFound);
                return false;
        }
    }
}
