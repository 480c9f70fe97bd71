using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Web.Maps;
using Ariadne.Web.Networks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>JSON for the network page's graph and movement map (the shapes graph.js and map.js draw).</summary>
public static class NetworkApi
{
    public static IEndpointRouteBuilder MapNetworkApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/networks").RequireAuthorization(Policies.Read);
        group.MapGet("/{id}/graph", async (AriadneStore store, string id, CancellationToken ct) =>
        {
            var network = await store.Networks.GetNetworkAsync(id, ct);
            if (network is null)
            {
                return NotFound(id);
            }

            var identifiers = await store.Insights.ListIdentifiersAsync([.. network.Members.Select(m => m.Id)], ct);
            return Results.Json(NetworkGraphBuilder.Build(network.Members, identifiers, network.Edges));
        });
        group.MapGet("/{id}/movements", async (AriadneStore store, string id, CancellationToken ct) =>
        {
            var network = await store.Networks.GetNetworkAsync(id, ct);
            return network is null
                ? NotFound(id)
                : Results.Json(MovementBuilder.Build(network.Members.Select(m => new PlacedPost(m.LocationRaw, m.Country, m.PostedAtUtc))));
        });
        return endpoints;
    }

    private static IResult NotFound(string id) =>
        Results.Problem(detail: $"No network has the id '{id}'; networks are rebuilt by 'ariadne analyze', so open it again from /networks.", statusCode: StatusCodes.Status404NotFound);
}
