using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Ariadne.Web.Security;

/// <summary>
/// Answers 414 for an address longer than <see cref="MaxLength"/> before any endpoint parses it. Kestrel's own limit
/// (raised to <see cref="KestrelRequestLineLimit"/>) answers with an empty page; below it this check lets the app
/// answer in its own frame. Also keeps the app's HTML status pages off the JSON APIs, the assets, the exports and every request but GET and HEAD.
/// </summary>
public sealed class RequestTargetLimit(RequestDelegate next)
{
    /// <summary>Path plus query, in characters: four times the longest search the page accepts, and then some.</summary>
    public const int MaxLength = 8_192;

    /// <summary>Kestrel's request-line limit: above the app's own, so the app is the one that answers.</summary>
    public const int KestrelRequestLineLimit = 32 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/assets") || path.StartsWithSegments("/healthz")
            || path.StartsWithSegments("/exports") || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            // Machine clients get the status and the endpoint's own body (problem JSON), never an HTML page; and a
            // refused form post keeps its plain status (re-executing a POST would run the status page as a form post).
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        }

        if (!path.StartsWithSegments("/status")
            && (path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0) > MaxLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
