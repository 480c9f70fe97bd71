using Ariadne.Core.Entities;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Search;
using Ariadne.Store;
using Ariadne.Web.Graphs;
using Ariadne.Web.Maps;
using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>JSON for the entity page's graph and map (the value is a query parameter: it may hold slashes).</summary>
public static class EntityApi
{
    /// <summary>Ads drawn per entity; beyond this the page says how many more there are.</summary>
    public const int MaxDocuments = 300;

    /// <summary>Ads grouped in the aggregated graph (one node per city or month stands for many).</summary>
    public const int MaxAggregatedDocuments = 2_000;

    public static IEndpointRouteBuilder MapEntityApi(this IEndpointRouteBuilder endpoints)
    {
        var entities = endpoints.MapGroup("/api/entities").RequireAuthorization(Policies.Read).AddEndpointFilter(NoStoreFilter.InvokeAsync);
        entities.MapGet("/{type}/graph", GraphAsync);
        entities.MapGet("/{type}/movements", MovementsAsync);
        return endpoints;
    }

    /// <param name="view">full, city or month; without it, grouped per city above <see cref="GraphViews.AggregateAbove"/> ads.</param>
    private static async Task<Results<Ok<GraphData>, ProblemHttpResult>> GraphAsync(AriadneStore store, string type, string? value, string? view, CancellationToken ct)
    {
        if (Problem(type, value, out var entityType) is { } problem)
        {
            return problem;
        }

        value = EntityValues.Canonical(entityType, value!); // any format of an identifier, as the entity page does

        var kind = GraphViews.Parse(view, 0);
        var documents = await store.Insights.ListDocumentsAsync(entityType, value!, view is null || kind != GraphViewKind.Full ? MaxAggregatedDocuments : MaxDocuments, ct);
        kind = GraphViews.Parse(view, documents.Count);
        if (kind == GraphViewKind.Full)
        {
            var shown = documents.Take(MaxDocuments).ToList();
            string[] ids = [.. shown.Select(d => d.Id)];
            var identifiers = await store.Insights.ListIdentifiersAsync(ids, ct);
            var photos = await store.Insights.ListPhotosAsync(ids, ct);
            return TypedResults.Ok(EgoGraphBuilder.Build(entityType, value!, shown, identifiers, photos));
        }

        string[] all = [.. documents.Select(d => d.Id)];
        IReadOnlyDictionary<string, string> cities = kind == GraphViewKind.City ? await store.Insights.PostingCitiesAsync(all, ct) : new Dictionary<string, string>();
        var mentioned = await store.Insights.ListIdentifiersAsync(all, ct);
        var ads = documents.Select(d => new GroupedAd(d.Id, d.PostedAtUtc, cities.GetValueOrDefault(d.Id))).ToList();
        return TypedResults.Ok(AggregateGraphBuilder.Build(ads, mentioned, kind, (entityType, value!)));
    }

    private static async Task<Results<Ok<MovementData>, ProblemHttpResult>> MovementsAsync(AriadneStore store, string type, string? value, CancellationToken ct)
    {
        if (Problem(type, value, out var entityType) is { } problem)
        {
            return problem;
        }

        value = EntityValues.Canonical(entityType, value!); // any format of an identifier, as the entity page does

        var documents = await store.Insights.ListDocumentsAsync(entityType, value!, MaxDocuments, ct);
        var cities = await store.Insights.PostingCitiesAsync([.. documents.Select(d => d.Id)], ct);
        return TypedResults.Ok(MovementBuilder.Build(documents.Select(d => PlacedPost.AtPostingCity(cities.GetValueOrDefault(d.Id), d.PostedAtUtc))));
    }

    /// <summary>What is wrong with the entity in the URL, or null when it reads.</summary>
    private static ProblemHttpResult? Problem(string type, string? value, out EntityType entityType)
    {
        if (!EntityLinks.TryParseType(type, out entityType))
        {
            return TypedResults.Problem(detail: $"type: '{type}' is not an entity type; use phone, email, url, handle, crypto, age, price, name or location.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return TypedResults.Problem(detail: "value: give the entity's normalised value, e.g. ?value=%2B15555550123.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!Identifying.Is(entityType))
        {
            // Graphs and trails join documents into one poster; a name, age, price or place does not identify one.
            return TypedResults.Problem(detail: $"type: {Identifying.NotAnIdentity(entityType)} Its documents are listed on its page; graphs and movement maps are drawn for phones, e-mails, handles, wallets and links.", statusCode: StatusCodes.Status400BadRequest);
        }

        return null;
    }
}
