using Microsoft.AspNetCore.Http;

namespace Ariadne.Web.Security;

/// <summary>
/// For downloads that append to a case's chain of custody (evidence, the court report, exports). Such a GET is a
/// recorded act, so nothing but a person's request may cause one: a browser's speculative prefetch (it says so in
/// <c>Sec-Purpose</c> or <c>Purpose</c>) is refused before the handler runs and records nothing, and the browser
/// fetches again if the person follows the link. Every answer is <c>no-store</c>: a copy of evidence must not be
/// served later from a disk cache, unrecorded, nor left on the analyst's machine.
/// </summary>
public static class AuditedDownloadFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        if (IsPrefetch(http.Request))
        {
            return Results.Text("Prefetching a recorded download is refused; open the link to download it.", "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return await next(context);
    }

    /// <summary>Whether the request announces itself as speculative (Chromium's Sec-Purpose, the older Purpose / X-Purpose, Firefox's X-Moz).</summary>
    public static bool IsPrefetch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var name in (string[])["Sec-Purpose", "Purpose", "X-Purpose", "X-Moz"])
        {
            foreach (var value in request.Headers[name])
            {
                if (value is not null && (value.Contains("prefetch", StringComparison.OrdinalIgnoreCase) || value.Contains("preview", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
