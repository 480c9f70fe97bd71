using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>Sign-out as a POST with an antiforgery token (a GET link could sign people out from another page).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // [FromForm] makes minimal APIs validate the antiforgery token; every signed-in role may sign out.
        endpoints.MapPost("/account/sign-out", async (SignInManager<IdentityUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(AuthenticationSetup.SignInPath);
        }).RequireAuthorization();
        return endpoints;
    }
}
