using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Ariadne.Web.Components;

/// <summary>
/// Base of the server-rendered pages and their parts: gives them the request and its <see cref="Aborted"/> token, so a query on a
/// large store stops when the analyst navigates away or the browser gives up, instead of running to the end for
/// nobody.
/// </summary>
public abstract class RequestComponent : ComponentBase
{
    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    /// <summary>Cancelled when the client goes away; none outside a request (component tests).</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;
}
