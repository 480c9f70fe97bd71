using System.Security.Claims;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases;

namespace Ariadne.Web.Cases;

/// <summary>The case actor of a signed-in principal: its account id, its e-mail for records, and whether it sees every case.</summary>
public static class CaseActors
{
    public static CaseActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in principal has no account id.");

        // The case service's need-to-know rule is "members, and Admins who see every case": an Admin is the one
        // role that rule names, so it is read here rather than through a policy.
        return new CaseActor(id, user.Identity?.Name ?? id, user.IsInRole(Roles.Admin));
    }
}
