using Microsoft.AspNetCore.Http;

namespace Ariadne.Web.Security;

/// <summary>
/// Marks every answer of an API group <c>no-store</c>: documents, entities and networks carry the personal data of
/// the people in the ads, and a shared or browser cache must not keep a copy after the session that asked for it.
/// </summary>
public static class NoStoreFilter
{
    public static ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return next(context);
    }
}
