using Ariadne.Store;
using Ariadne.Store.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ariadne.Investigation.Accounts;

/// <summary>Identity over the Ariadne store, shared by the web host and the CLI's <c>user</c> commands.</summary>
public static class IdentitySetup
{
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Registers the store's context per scope and the Identity rules every Ariadne account follows.</summary>
    public static IdentityBuilder AddAriadneIdentityCore(this IServiceCollection services, AriadneStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        services.AddScoped<AriadneDbContext>(_ => store.CreateDbContext());
        return services.AddIdentityCore<IdentityUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AriadneDbContext>();
    }

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
    }
}
