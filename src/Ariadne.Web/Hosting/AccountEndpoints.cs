using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>Sign-out as a POST with an antiforgery token (a GET link could sign people out from another page).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Every signed-in role may sign out; the sign-in and denied pages are Razor components, mapped with the rest.
        var account = endpoints.MapGroup("/account").RequireAuthorization();
        account.MapPost("/sign-out", SignOutAsync);
        return endpoints;
    }

    // [FromForm] makes minimal APIs validate the antiforgery token.
    private static async Task<RedirectHttpResult> SignOutAsync(SignInManager<IdentityUser> signIn, [FromForm] string? returnUrl)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(AuthenticationSetup.SignInPath);
    }
}
