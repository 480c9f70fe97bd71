using System.Globalization;
using System.Security.Claims;
using Ariadne.Analysis.Watches;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Search;
using Ariadne.Store;
using Ariadne.Store.Watches;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>
/// The POST targets of the watch forms: save a search, watch an identifier, network or city, rename, remove. Analyst
/// or Admin (<see cref="Policies.Watches"/>); a watch is its owner's alone, so another account's watch id answers
/// 404 as a missing one does. Binding form fields makes ASP.NET Core check the antiforgery token. Failures redirect
/// with an error code, never with text from the request, so a crafted link cannot put words on the page.
/// </summary>
public static class WatchEndpoints
{
    public static IEndpointRouteBuilder MapWatchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var watches = endpoints.MapGroup("").RequireAuthorization(Policies.Watches);
        watches.MapPost("/watches/search", SaveSearchAsync);
        watches.MapPost("/watches/add", AddAsync);
        watches.MapPost("/watches/{id:long}/rename", RenameAsync);
        watches.MapPost("/watches/{id:long}/remove", RemoveAsync);
        return endpoints;
    }

    public static string WatchPath(long id) => "/watches/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The signed-in account's id, which owns the watches it makes.</summary>
    public static string OwnerOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in principal has no account id.");
    }

    private static async Task<RedirectHttpResult> SaveSearchAsync([FromForm] string? name, [FromForm] string? q, [FromForm] string? kind, [FromForm] string? country,
        [FromForm] string? from, [FromForm] string? to, [FromForm] string? etype, [FromForm] string? evalue, [FromForm] string? city,
        HttpContext context, AriadneStore store, TimeProvider time)
    {
        if (!DocumentSearchRequest.TryCreate(new SearchFields(q, kind, country, from, to, etype, evalue, city, null), DocumentSearchRequest.DefaultPageSize, out var query, out _))
        {
            return TypedResults.LocalRedirect("/watches?error=search");
        }

        var search = WatchSearch.From(query!);
        var watch = await store.Watches.AddAsync(OwnerOf(context.User), string.IsNullOrWhiteSpace(name) ? search.Describe() : name, WatchKind.Search, search.ToJson(),
            time.GetUtcNow(), context.RequestAborted);
        return TypedResults.LocalRedirect(WatchPath(watch.Id));
    }

    private static async Task<RedirectHttpResult> AddAsync([FromForm] string? kind, [FromForm] string? value, [FromForm] string? name, HttpContext context, AriadneStore store, TimeProvider time)
    {
        if (!WatchKinds.TryParse(kind, out var watchKind) || watchKind == WatchKind.Search)
        {
            return TypedResults.LocalRedirect("/watches?error=kind");
        }

        var (definition, error) = await WatchDefinitions.CreateAsync(store, watchKind, value, context.RequestAborted);
        if (error is not null)
        {
            return TypedResults.LocalRedirect("/watches?error=" + watchKind.ToWireName());
        }

        var title = string.IsNullOrWhiteSpace(name) ? watchKind.ToWireName() + " " + definition : name;
        var watch = await store.Watches.AddAsync(OwnerOf(context.User), title, watchKind, definition!, time.GetUtcNow(), context.RequestAborted);
        return TypedResults.LocalRedirect(WatchPath(watch.Id));
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> RenameAsync([FromRoute] long id, [FromForm] string? name, HttpContext context, AriadneStore store)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return await store.Watches.GetAsync(id, OwnerOf(context.User), context.RequestAborted) is null
                ? TypedResults.NotFound()
                : TypedResults.LocalRedirect(WatchPath(id) + "?error=name");
        }

        return await store.Watches.RenameAsync(id, OwnerOf(context.User), name, context.RequestAborted)
            ? TypedResults.LocalRedirect(WatchPath(id))
            : TypedResults.NotFound();
    }

    // The form is bound although removing needs no field: binding it is what makes ASP.NET Core check the token.
    private static async Task<Results<RedirectHttpResult, NotFound>> RemoveAsync([FromRoute] long id, IFormCollection form, HttpContext context, AriadneStore store) =>
        await store.Watches.RemoveAsync(id, OwnerOf(context.User), context.RequestAborted)
            ? TypedResults.LocalRedirect("/watches")
            : TypedResults.NotFound();
}
