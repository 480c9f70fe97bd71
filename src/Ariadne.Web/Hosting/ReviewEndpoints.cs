using Ariadne.Core.Review;
using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>
/// <c>POST /review/decisions</c>: records one reviewer decision from the review page's form. Binding form fields
/// makes ASP.NET Core validate the antiforgery token first. The reviewer is the signed-in account, never a form field.
/// </summary>
public static class ReviewEndpoints
{
    public const int MaxReasonLength = 2000;

    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var review = endpoints.MapGroup("/review").RequireAuthorization(Policies.Review);
        review.MapPost("/decisions", DecideAsync);
        return endpoints;
    }

    // [FromForm] back: the filtered queue the form was on (its link), so the reviewer returns to the same filters.
    private static async Task<RedirectHttpResult> DecideAsync([FromForm] string? document, [FromForm] string? verdict, [FromForm] string? reason, [FromForm] double? risk, [FromForm] string? back, HttpContext context, AriadneStore store)
    {
        var queue = QueueLink(back);
        var separator = queue.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var again = queue + separator + "document=" + Uri.EscapeDataString(document ?? "");

        // No decision is ever assumed: a form posted without one (the select starts on "Choose…") records nothing.
        if (string.IsNullOrWhiteSpace(verdict) || string.IsNullOrEmpty(document) || !Enum.TryParse<ReviewVerdict>(verdict, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(verdict, out _))
        {
            return TypedResults.LocalRedirect(again + "&error=verdict");
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return TypedResults.LocalRedirect(again + "&error=reason");
        }

        var recorded = await store.Scoring.DecideAsync(new ReviewDecision
        {
            DocumentId = document,
            Verdict = parsed,
            Reason = reason,
            Reviewer = context.User.Identity?.Name ?? "unknown",
            DecidedAtUtc = DateTimeOffset.UtcNow,
            ProbabilityShown = risk is >= 0 and <= 1 ? risk : null,
        }, context.RequestAborted);
        return TypedResults.LocalRedirect(recorded ? queue + separator + "decided=" + Uri.EscapeDataString(document) : again + "&error=missing");
    }

    /// <summary>The review page with the filters of <paramref name="back"/>, or the plain queue for anything else.</summary>
    private static string QueueLink(string? back) =>
        back is not null && (back == "/review" || back.StartsWith("/review?", StringComparison.Ordinal)) && !back.Contains('#', StringComparison.Ordinal)
            ? TimeZoneEndpoints.LocalOnly(back)
            : "/review";
}
