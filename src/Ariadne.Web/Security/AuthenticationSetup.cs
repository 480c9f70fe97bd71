using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ariadne.Web.Security;

/// <summary>Cookie sign-in over Identity, the role policies, and the antiforgery cookie.</summary>
public static class AuthenticationSetup
{
    public const string SignInPath = "/account/sign-in";
    public const string DeniedPath = "/account/denied";

    public static IServiceCollection AddAriadneAuthentication(this IServiceCollection services, AriadneStore store)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAriadneIdentityCore(store).AddSignInManager().AddDefaultTokenProviders();
        services.AddScoped<UserDirectory>();
        services.AddAuthorization(Policies.Add);
        services.ConfigureApplicationCookie(ConfigureCookie);
        services.AddAntiforgery(ConfigureAntiforgery);
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "ariadne.auth";
        options.Cookie.HttpOnly = true;

        // Strict: the session is never sent on a request started by another site, which closes most CSRF paths
        // even before antiforgery tokens are checked.
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.AccessDeniedPath = DeniedPath;

        // A script calling the API wants a status code, not the HTML of the sign-in page.
        options.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
    }

    private static void ConfigureAntiforgery(AntiforgeryOptions options)
    {
        options.Cookie.Name = "ariadne.af";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
