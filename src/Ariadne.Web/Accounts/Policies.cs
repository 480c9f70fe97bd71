using Microsoft.AspNetCore.Authorization;

namespace Ariadne.Investigation.Accounts;

/// <summary>
/// What each role may do. Pages and endpoints name a policy, never a role, so the mapping lives in one place:
/// every role reads; Analyst and Admin import; Reviewer and Admin review; only Admin manages users. Cases:
/// Analyst, Reviewer and Admin create cases and work in them (<see cref="Cases"/>); a Viewer reads only the cases
/// they are a member of (pages under <see cref="Read"/>, with need-to-know checked by the case service).
/// </summary>
public static class Policies
{
    public const string Read = "read";
    public const string Import = "import";
    public const string Review = "review";
    public const string ManageUsers = "manage-users";
    public const string Cases = "cases";

    /// <summary>Saved searches and watches: Analyst and Admin, each seeing only their own.</summary>
    public const string Watches = "watches";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => p.RequireRole(Roles.Viewer, Roles.Analyst, Roles.Reviewer, Roles.Admin));
        options.AddPolicy(Import, p => p.RequireRole(Roles.Analyst, Roles.Admin));
        options.AddPolicy(Review, p => p.RequireRole(Roles.Reviewer, Roles.Admin));
        options.AddPolicy(ManageUsers, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Cases, p => p.RequireRole(Roles.Analyst, Roles.Reviewer, Roles.Admin));
        options.AddPolicy(Watches, p => p.RequireRole(Roles.Analyst, Roles.Admin));

        // Anything not marked otherwise needs at least a reader: a new endpoint is closed until someone opens it.
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}
