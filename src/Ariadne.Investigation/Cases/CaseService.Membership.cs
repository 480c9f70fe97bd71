using Ariadne.Core.Cases;
using Ariadne.Store.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>Who is in a case: need-to-know access given and taken away by the owner or an Admin.</summary>
public sealed partial class CaseService
{
    /// <summary>Gives an account need-to-know access. Only the owner or an Admin decides who is in a case.</summary>
    public async Task AddMemberAsync(CaseActor actor, string caseId, string userId, CancellationToken cancellationToken = default)
    {
        var current = await RequireOwnerOrAdminAsync(actor, caseId, cancellationToken);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var names = await Cases.UserNamesAsync([userId], cancellationToken);
        if (!names.TryGetValue(userId, out var name))
        {
            throw new CaseNotFoundException($"There is no account with id '{userId}'.");
        }

        if (await Cases.IsMemberAsync(caseId, userId, cancellationToken))
        {
            return;
        }

        var now = _time.GetUtcNow();
        await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.MemberAdded, userId, name), context =>
        {
            context.CaseMembers.Add(new CaseMember { CaseId = caseId, UserId = userId, AddedByUserId = actor.UserId, AddedAtUtc = AuditChain.Normalise(now) });
            Touch(context, current, now);
        }, now, cancellationToken);
    }

    public async Task RemoveMemberAsync(CaseActor actor, string caseId, string userId, CancellationToken cancellationToken = default)
    {
        var current = await RequireOwnerOrAdminAsync(actor, caseId, cancellationToken);
        if (userId == current.OwnerUserId)
        {
            throw new ArgumentException("The owner cannot be removed from their case.", nameof(userId));
        }

        if (!await Cases.IsMemberAsync(caseId, userId, cancellationToken))
        {
            return;
        }

        var names = await Cases.UserNamesAsync([userId], cancellationToken);
        var now = _time.GetUtcNow();
        await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.MemberRemoved, userId, names.GetValueOrDefault(userId, userId)), context =>
        {
            context.CaseMembers.Remove(new CaseMember { CaseId = caseId, UserId = userId });
            Touch(context, current, now);
        }, now, cancellationToken);
    }

    private async Task<Case> RequireOwnerOrAdminAsync(CaseActor actor, string caseId, CancellationToken cancellationToken)
    {
        var (current, access) = await RequireStandingAsync(actor, caseId, cancellationToken);
        if (!access.MayManageMembers)
        {
            throw new CaseAccessDeniedException(caseId, $"Only the owner of case '{caseId}' or an Admin can change who is in it.");
        }

        return current;
    }
}
