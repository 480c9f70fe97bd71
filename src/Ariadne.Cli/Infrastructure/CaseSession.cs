using System.CommandLine;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Cli.Infrastructure;

/// <summary>
/// An open store with the case service and the account the command acts as (<c>--as</c> or ARIADNE_USER). Case
/// commands apply the same need-to-know rule as the web app: the account must be a member of the case or an Admin.
/// </summary>
public sealed class CaseSession : IAsyncDisposable
{
    public const string UserVariable = "ARIADNE_USER";

    public static readonly Option<string?> As = new("--as")
    {
        Description = "The account (e-mail) you act as; recorded in the audit log. Also ARIADNE_USER.",
        Recursive = true,
    };

    private CaseSession(AriadneStore store, CaseService service, CaseActor actor)
    {
        Store = store;
        Service = service;
        Actor = actor;
    }

    public AriadneStore Store { get; }

    public CaseService Service { get; }

    public CaseActor Actor { get; }

    public static async Task<CaseSession> OpenAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var email = parseResult.GetValue(As);
        if (string.IsNullOrWhiteSpace(email))
        {
            email = Environment.GetEnvironmentVariable(UserVariable);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            throw new CliUsageException("--as: say which account you act as (an e-mail from `ariadne user list`), or set ARIADNE_USER; case work is recorded under that name.");
        }

        var location = StoreOption.Resolve(parseResult);
        var store = await AriadneStore.OpenAsync(location, cancellationToken);
        try
        {
            var actor = await ResolveActorAsync(store, email.Trim(), cancellationToken);
            var blobRoot = StoreOption.ResolveBlobRoot(parseResult, location);
            var service = new CaseService(store, new EvidenceVault(EvidenceVault.ForBlobRoot(blobRoot)), AuditSigner.OpenOrCreate(AuditSigner.DefaultPath(blobRoot)), new FileSystemBlobStore(blobRoot));
            return new CaseSession(store, service, actor);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Service.Signer.Dispose();
        await Store.DisposeAsync();
    }

    /// <summary>The id of the account with this e-mail; an unknown address is a usage error naming <paramref name="option"/>.</summary>
    public async Task<string> UserIdOfAsync(string email, string option, CancellationToken cancellationToken) =>
        (await FindUserAsync(Store, email, option, cancellationToken)).Id;

    private static async Task<CaseActor> ResolveActorAsync(AriadneStore store, string email, CancellationToken cancellationToken)
    {
        var user = await FindUserAsync(store, email, "--as", cancellationToken);
        await using var context = store.CreateDbContext();
        var isAdmin = await (from link in context.UserRoles
                             join role in context.Roles on link.RoleId equals role.Id
                             where link.UserId == user.Id && role.Name == Roles.Admin
                             select link).AnyAsync(cancellationToken);
        return new CaseActor(user.Id, user.Email ?? email, isAdmin);
    }

    private static async Task<IdentityUser> FindUserAsync(AriadneStore store, string email, string option, CancellationToken cancellationToken)
    {
        await using var context = store.CreateDbContext();
        var normalised = email.Trim().ToUpperInvariant();
        return await context.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, cancellationToken)
            ?? throw new CliUsageException($"{option}: there is no account '{email.Trim()}' (see `ariadne user list`).");
    }
}
