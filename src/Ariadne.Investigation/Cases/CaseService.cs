using Ariadne.Core.Cases;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Store.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// Case work with need-to-know access: only a case's members and Admins can see it, its evidence or its log, and
/// every change and every view of evidence is appended to the case's hash-chained audit log in the same
/// transaction as the change. Checkpoints signed with a key outside the database are written with every
/// <see cref="CheckpointInterval"/>th record and every export (<see cref="AuditCheckpointPolicy"/>), and after
/// every record the newly signed head is written beside the key (<see cref="AuditHeadStore"/>).
/// </summary>
/// <remarks>
/// One class in several files, one per concern: membership, the items, notes and tasks worked in a case, evidence,
/// and the audit trail with its checkpoints; the access rule and the shared helpers are here. One class rather than
/// several, so the CLI, the web app and the tests keep the one service they hold.
/// </remarks>
public sealed partial class CaseService(AriadneStore store, EvidenceVault vault, AuditSigner signer, IBlobStore photos, TimeProvider? time = null)
{
    /// <summary>A signed checkpoint every this many audit records of a case.</summary>
    public const int CheckpointInterval = AuditCheckpointPolicy.Interval;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private readonly AuditHeadStore _heads = AuditHeadStore.BesideKey(signer.KeyPath);

    private CaseRepository Cases => store.Cases;

    public EvidenceVault Vault => vault;

    public AuditSigner Signer => signer;

    /// <summary>The signed heads of the cases' chains, beside the signing key.</summary>
    public AuditHeadStore Heads => _heads;

    public async Task<Case> CreateAsync(CaseActor actor, string title, string? description = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        title = RequireText(title, "title", 300);
        var now = _time.GetUtcNow();
        var created = new Case
        {
            Id = CaseIds.NewCase(now),
            Title = title,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            OwnerUserId = actor.UserId,
            CreatedAtUtc = AuditChain.Normalise(now),
            UpdatedAtUtc = AuditChain.Normalise(now),
        };
        await AppendAsync(new AuditEntry(created.Id, actor.UserId, AuditAction.CaseCreated, created.Id, "title: " + title), context =>
        {
            context.Cases.Add(created);
            context.CaseMembers.Add(new CaseMember { CaseId = created.Id, UserId = actor.UserId, AddedByUserId = actor.UserId, AddedAtUtc = created.CreatedAtUtc });
        }, now, cancellationToken);
        return created;
    }

    /// <summary>The cases the actor may see: all for an Admin, else those they are a member of.</summary>
    public Task<IReadOnlyList<CaseSummary>> ListAsync(CaseActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Cases.ListAsync(actor.UserId, actor.IsAdmin, cancellationToken: cancellationToken);
    }

    /// <summary>The case, or an exception: <see cref="CaseNotFoundException"/> if there is none, <see cref="CaseAccessDeniedException"/> if the actor is outside it.</summary>
    public async Task<Case> RequireAccessAsync(CaseActor actor, string caseId, CancellationToken cancellationToken = default) =>
        (await RequireStandingAsync(actor, caseId, cancellationToken)).Case;

    /// <summary>The case and the actor's standing in it; throws when there is no such case or the actor is outside it.</summary>
    private async Task<(Case Case, CaseAccess Access)> RequireStandingAsync(CaseActor actor, string caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await Cases.GetAsync(caseId, cancellationToken) ?? throw new CaseNotFoundException($"There is no case '{caseId}'.");
        var access = new CaseAccess(caseId, await StandingAsync(actor, found, cancellationToken));
        if (!access.MaySee)
        {
            throw new CaseAccessDeniedException(caseId, $"{actor.Name} is not a member of case '{caseId}'.");
        }

        return (found, access);
    }

    /// <summary>
    /// What the actor may do with the case, as a value: <see cref="CaseStanding.None"/> both when there is no such case
    /// and when the actor is outside it. Pages and endpoints branch on this; the changes below still throw on a
    /// violation, so a caller that forgot to ask is refused all the same.
    /// </summary>
    public async Task<CaseAccess> AccessAsync(CaseActor actor, string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = string.IsNullOrEmpty(caseId) ? null : await Cases.GetAsync(caseId, cancellationToken);
        return new CaseAccess(caseId, found is null ? CaseStanding.None : await StandingAsync(actor, found, cancellationToken));
    }

    /// <summary>The need-to-know rule, in one place: Admins see every case, members see theirs, the owner is a member.</summary>
    private async Task<CaseStanding> StandingAsync(CaseActor actor, Case found, CancellationToken cancellationToken)
    {
        if (actor.IsAdmin)
        {
            return CaseStanding.Admin;
        }

        if (!await Cases.IsMemberAsync(found.Id, actor.UserId, cancellationToken))
        {
            return CaseStanding.None;
        }

        return found.OwnerUserId == actor.UserId ? CaseStanding.Owner : CaseStanding.Member;
    }

    public async Task<CaseDetail> GetAsync(CaseActor actor, string caseId, CancellationToken cancellationToken = default)
    {
        var found = await RequireAccessAsync(actor, caseId, cancellationToken);
        var members = await Cases.ListMembersAsync(caseId, cancellationToken);
        var items = await Cases.ListItemsAsync(caseId, cancellationToken);
        var notes = await Cases.ListNotesAsync(caseId, cancellationToken);
        var tasks = await Cases.ListTasksAsync(caseId, cancellationToken);
        var evidence = await Cases.ListEvidenceAsync(caseId, cancellationToken);
        var users = await Cases.UserNamesAsync(
            members.Select(m => m.UserId)
                .Append(found.OwnerUserId)
                .Concat(notes.Select(n => n.AuthorUserId))
                .Concat(tasks.Select(t => t.AssigneeUserId))
                .Concat(tasks.Select(t => t.DoneByUserId))
                .Concat(evidence.Select(e => e.CapturedByUserId))
                .Concat(evidence.Select(e => e.WithdrawnByUserId)),
            cancellationToken);
        return new CaseDetail(found, members, items, notes, tasks, evidence, users);
    }

    /// <summary>The case's audit log in chain order (members and Admins only).</summary>
    public async Task<IReadOnlyList<AuditRecord>> AuditLogAsync(CaseActor actor, string caseId, CancellationToken cancellationToken = default)
    {
        await RequireAccessAsync(actor, caseId, cancellationToken);
        return await Cases.ListAuditAsync(caseId, cancellationToken);
    }

    public async Task UpdateAsync(CaseActor actor, string caseId, string? title, string? description, string? status, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        var newTitle = title is null ? current.Title : RequireText(title, "title", 300);
        var newDescription = description is null ? current.Description : (string.IsNullOrWhiteSpace(description) ? null : description.Trim());
        var newStatus = status ?? current.Status;
        if (!CaseStatus.All.Contains(newStatus))
        {
            throw new ArgumentException($"Unknown case status '{newStatus}' (use {string.Join(", ", CaseStatus.All)}).", nameof(status));
        }

        var now = _time.GetUtcNow();
        var changes = new List<string>();
        if (newTitle != current.Title)
        {
            changes.Add("title: " + newTitle);
        }

        if (newDescription != current.Description)
        {
            changes.Add("description changed");
        }

        if (changes.Count > 0)
        {
            await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.CaseUpdated, caseId, string.Join("; ", changes)), context =>
            {
                current.Title = newTitle;
                current.Description = newDescription;
                current.UpdatedAtUtc = AuditChain.Normalise(now);
                context.Cases.Update(current);
            }, now, cancellationToken);
        }

        if (newStatus != current.Status)
        {
            var from = current.Status;
            await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.StatusChanged, caseId, from + " → " + newStatus), context =>
            {
                current.Status = newStatus;
                current.UpdatedAtUtc = AuditChain.Normalise(now);
                context.Cases.Update(current);
            }, now, cancellationToken);
        }
    }

    private static void Touch(Store.Model.AriadneDbContext context, Case current, DateTimeOffset now)
    {
        current.UpdatedAtUtc = AuditChain.Normalise(now);
        context.Cases.Attach(current);
        context.Entry(current).Property(c => c.UpdatedAtUtc).IsModified = true;
    }

    private static string RequireText(string? text, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"The {field} is empty.", field);
        }

        text = text.Trim();
        if (text.Length > maxLength)
        {
            throw new ArgumentException($"The {field} is longer than {maxLength:N0} characters.", field);
        }

        return text;
    }
}
