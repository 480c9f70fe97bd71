using Ariadne.Core.Entities;
using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Web.Graphs;
using Ariadne.Web.Maps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>JSON for the entity page's graph and map (the value is a query parameter: it may hold slashes).</summary>
public static class EntityApi
{
    /// <summary>Ads drawn per entity; beyond this the page says how many more there are.</summary>
    public const int MaxDocuments = 300;

    public static IEndpointRouteBuilder MapEntityApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/entities").RequireAuthorization(Policies.Read);
        group.MapGet("/{type}/graph", async (AriadneStore store, string type, string? value, CancellationToken ct) =>
        {
            if (!TryRead(type, value, out var entityType, out var problem))
            {
                return problem;
            }

            var documents = await store.Insights.ListDocumentsAsync(entityType, value!, MaxDocuments, ct);
            string[] ids = [.. documents.Select(d => d.Id)];
            var identifiers = await store.Insights.ListIdentifiersAsync(ids, ct);
            var photos = await store.Insights.ListPhotosAsync(ids, ct);
            return Results.Json(EgoGraphBuilder.Build(entityType, value!, documents, identifiers, photos));
        });
        group.MapGet("/{type}/movements", async (AriadneStore store, string type, string? value, CancellationToken ct) =>
        {
            if (!TryRead(type, value, out var entityType, out var problem))
            {
                return problem;
            }

            var documents = await store.Insights.ListDocumentsAsync(entityType, value!, MaxDocuments, ct);
            return Results.Json(MovementBuilder.Build(documents.Select(d => new PlacedPost(d.LocationRaw, d.Country, d.PostedAtUtc))));
        });
        return endpoints;
    }

    private static bool TryRead(string type, string? value, out EntityType entityType, out IResult problem)
    {
        problem = Results.Empty;
        if (!EntityLinks.TryParseType(type, out entityType))
        {
            problem = Results.Problem(detail: $"type: '{type}' is not an entity type; use phone, email, url, handle, crypto, age, price, name or location.", statusCode: StatusCodes.Status400BadRequest);
            return false;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            problem = Results.Problem(detail: "value: give the entity's normalised value, e.g. ?value=%2B15555550123.", statusCode: StatusCodes.Status400BadRequest);
            return false;
        }

        return true;
    }
}
