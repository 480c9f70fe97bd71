using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Web.Maps;
using Ariadne.Web.Networks;
using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>JSON for the network page's graph and movement map (the shapes graph.js and map.js draw).</summary>
public static class NetworkApi
{
    public static IEndpointRouteBuilder MapNetworkApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/networks").RequireAuthorization(Policies.Read).AddEndpointFilter(NoStoreFilter.InvokeAsync);
        group.MapGet("/{id}/graph", GraphAsync);
        group.MapGet("/{id}/movements", MovementsAsync);
        return endpoints;
    }

    /// <param name="view">full, city or month; without it, grouped per city above <see cref="Graphs.GraphViews.AggregateAbove"/> ads.</param>
    private static async Task<Results<Ok<Graphs.GraphData>, ProblemHttpResult>> GraphAsync(AriadneStore store, string id, string? view, CancellationToken ct)
    {
        var network = await store.Networks.GetNetworkAsync(id, ct);
        if (network is null)
        {
            return NotFound(id);
        }

        string[] ids = [.. network.Members.Select(m => m.Id)];
        var identifiers = await store.Insights.ListIdentifiersAsync(ids, ct);
        var kind = Graphs.GraphViews.Parse(view, network.Members.Count);
        if (kind == Graphs.GraphViewKind.Full)
        {
            return TypedResults.Ok(NetworkGraphBuilder.Build(network.Members, identifiers, network.Edges));
        }

        IReadOnlyDictionary<string, string> cities = kind == Graphs.GraphViewKind.City ? await store.Insights.PostingCitiesAsync(ids, ct) : new Dictionary<string, string>();
        var ads = network.Members.Select(m => new Graphs.GroupedAd(m.Id, m.PostedAtUtc, cities.GetValueOrDefault(m.Id))).ToList();
        return TypedResults.Ok(Graphs.AggregateGraphBuilder.Build(ads, identifiers, kind, joins: network.Edges));
    }

    private static async Task<Results<Ok<MovementData>, ProblemHttpResult>> MovementsAsync(AriadneStore store, string id, CancellationToken ct)
    {
        var network = await store.Networks.GetNetworkAsync(id, ct);
        if (network is null)
        {
            return NotFound(id);
        }

        var cities = await store.Insights.PostingCitiesAsync([.. network.Members.Select(m => m.Id)], ct);
        return TypedResults.Ok(MovementBuilder.Build(network.Members.Select(m => PlacedPost.AtPostingCity(cities.GetValueOrDefault(m.Id), m.PostedAtUtc))));
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(detail: $"No network has the id '{id}'; networks are rebuilt by 'ariadne analyze', so open it again from /networks.", statusCode: StatusCodes.Status404NotFound);
}
