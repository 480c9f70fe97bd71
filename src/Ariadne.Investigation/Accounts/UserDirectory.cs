using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Investigation.Accounts;

/// <summary>Creating and listing accounts: the work behind <c>ariadne user</c>, the demo account and the users page.</summary>
public sealed class UserDirectory(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>Creates the four roles when missing (idempotent).</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    /// <summary>Adds an account with one role. Fails with a readable message when the e-mail is taken or invalid.</summary>
    public async Task<UserResult> AddAsync(string email, string role, string password)
    {
        var canonical = Roles.Normalize(role);
        if (canonical is null)
        {
            return UserResult.Failed($"unknown role '{role}': use one of {string.Join(", ", Roles.All)}");
        }

        await EnsureRolesAsync();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return UserResult.Failed($"an account for {email} already exists");
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return UserResult.Failed(Describe(created));
        }

        Check(await users.AddToRoleAsync(user, canonical), $"add {email} to {canonical}");
        return UserResult.Ok();
    }

    /// <summary>
    /// Makes sure <paramref name="email"/> exists with <paramref name="role"/> and sets its password to
    /// <paramref name="password"/>: the demo account gets a fresh password on every start, printed once.
    /// </summary>
    public async Task EnsureWithPasswordAsync(string email, string role, string password)
    {
        var existing = await users.FindByEmailAsync(email);
        if (existing is null)
        {
            var added = await AddAsync(email, role, password);
            if (!added.Succeeded)
            {
                throw new InvalidOperationException(added.Error);
            }

            return;
        }

        await EnsureRolesAsync();
        Check(await users.RemovePasswordAsync(existing), "clear the demo password");
        Check(await users.AddPasswordAsync(existing, password), "set the demo password");
        Check(await users.SetLockoutEndDateAsync(existing, null), "unlock the demo account");
        if (!await users.IsInRoleAsync(existing, role))
        {
            Check(await users.AddToRoleAsync(existing, role), $"add {email} to {role}");
        }
    }

    /// <summary>Every account with its roles and lock-out state, by e-mail.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var result = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var userRoles = await users.GetRolesAsync(user);
            var lockedOut = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
            result.Add(new UserSummary(user.Email ?? user.UserName ?? user.Id, [.. userRoles.Order(StringComparer.Ordinal)], lockedOut));
        }

        return result;
    }

    private static string Describe(IdentityResult result) => string.Join("; ", result.Errors.Select(e => e.Description));

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {Describe(result)}");
        }
    }
}
