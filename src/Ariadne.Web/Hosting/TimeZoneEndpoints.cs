using Ariadne.Investigation.Accounts;
using Ariadne.Web.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>
/// <c>POST /settings/time-zone/save</c>: remembers the reader's zone in a cookie, so every page is rendered in it by the
/// server. Binding a form field makes ASP.NET Core validate the antiforgery token.
/// </summary>
public static class TimeZoneEndpoints
{
    public static IEndpointRouteBuilder MapTimeZoneEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.MapGroup("/settings").RequireAuthorization(Policies.Read);
        settings.MapPost("/time-zone/save", Choose);
        return endpoints;
    }

    /// <summary><paramref name="url"/> when it is a path on this site, else the dashboard.</summary>
    public static string LocalOnly(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

    private static Results<RedirectHttpResult, BadRequest<string>> Choose([FromForm] string? zone, [FromForm] string? returnUrl, HttpContext context)
    {
        if (!ReaderTimeZone.TryFind(zone, out var found))
        {
            return TypedResults.BadRequest("Unknown time zone: choose one from the list.");
        }

        context.Response.Cookies.Append(ReaderTimeZone.CookieName, ReaderTimeZone.Label(found), new CookieOptions
        {
            // A display preference, not a secret; a year so it outlives sessions. Strict like the session cookie.
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
            Path = "/",
        });
        return TypedResults.LocalRedirect(LocalOnly(returnUrl));
    }
}
