using Ariadne.Core.Cases;
using Ariadne.Store.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>The work in a case: linked items, notes and tasks.</summary>
public sealed partial class CaseService
{
    /// <summary>Links a document, network or entity (<c>type:value</c>) to the case; adding one twice changes nothing.</summary>
    public async Task<bool> AddItemAsync(CaseActor actor, string caseId, string itemType, string key, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        await RequireSubjectAsync(itemType, key, cancellationToken);
        return await AddItemCoreAsync(actor, current, itemType, key, cancellationToken);
    }

    /// <summary>Links an item the caller has checked exists to a case the actor was checked to be in.</summary>
    private async Task<bool> AddItemCoreAsync(CaseActor actor, Case current, string itemType, string key, CancellationToken cancellationToken)
    {
        var caseId = current.Id;
        var items = await Cases.ListItemsAsync(caseId, cancellationToken);
        if (items.Any(i => i.ItemType == itemType && i.Key == key))
        {
            return false;
        }

        var now = _time.GetUtcNow();
        await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.ItemAdded, itemType + " " + key, null), context =>
        {
            context.CaseItems.Add(new CaseItem { CaseId = caseId, ItemType = itemType, Key = key, AddedByUserId = actor.UserId, AddedAtUtc = AuditChain.Normalise(now) });
            Touch(context, current, now);
        }, now, cancellationToken);
        return true;
    }

    public async Task RemoveItemAsync(CaseActor actor, string caseId, string itemType, string key, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        var items = await Cases.ListItemsAsync(caseId, cancellationToken);
        if (!items.Any(i => i.ItemType == itemType && i.Key == key))
        {
            return;
        }

        var now = _time.GetUtcNow();
        await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.ItemRemoved, itemType + " " + key, null), context =>
        {
            context.CaseItems.Remove(new CaseItem { CaseId = caseId, ItemType = itemType, Key = key });
            Touch(context, current, now);
        }, now, cancellationToken);
    }

    public async Task<CaseNote> AddNoteAsync(CaseActor actor, string caseId, string text, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        text = RequireText(text, "note", 20_000);
        var now = _time.GetUtcNow();
        var note = new CaseNote { Id = CaseIds.NewNote(now), CaseId = caseId, Text = text, AuthorUserId = actor.UserId, CreatedAtUtc = AuditChain.Normalise(now) };

        // The note's text goes into the chain, so editing a note in the database is caught by verification.
        await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.NoteAdded, note.Id, text), context =>
        {
            context.CaseNotes.Add(note);
            Touch(context, current, now);
        }, now, cancellationToken);
        return note;
    }

    public async Task<CaseTask> AddTaskAsync(CaseActor actor, string caseId, string title, string? assigneeUserId = null, DateTimeOffset? dueUtc = null, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        title = RequireText(title, "task", 500);
        if (!string.IsNullOrEmpty(assigneeUserId) && !await Cases.IsMemberAsync(caseId, assigneeUserId, cancellationToken))
        {
            // A task for someone outside the case would tell them the case exists.
            throw new ArgumentException("A task can only be assigned to a member of the case.", nameof(assigneeUserId));
        }

        var now = _time.GetUtcNow();
        var task = new CaseTask
        {
            Id = CaseIds.NewTask(now),
            CaseId = caseId,
            Title = title,
            AssigneeUserId = string.IsNullOrEmpty(assigneeUserId) ? null : assigneeUserId,
            DueUtc = dueUtc is null ? null : AuditChain.Normalise(dueUtc.Value),
            CreatedByUserId = actor.UserId,
            CreatedAtUtc = AuditChain.Normalise(now),
        };
        await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.TaskAdded, task.Id, title), context =>
        {
            context.CaseTasks.Add(task);
            Touch(context, current, now);
        }, now, cancellationToken);
        return task;
    }

    public async Task CompleteTaskAsync(CaseActor actor, string caseId, string taskId, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        var task = (await Cases.ListTasksAsync(caseId, cancellationToken)).FirstOrDefault(t => t.Id == taskId)
            ?? throw new CaseNotFoundException($"Case '{caseId}' has no task '{taskId}'.");
        if (task.DoneAtUtc is not null)
        {
            return;
        }

        var now = _time.GetUtcNow();
        await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.TaskDone, taskId, task.Title), context =>
        {
            task.DoneAtUtc = AuditChain.Normalise(now);
            task.DoneByUserId = actor.UserId;
            context.CaseTasks.Update(task);
            Touch(context, current, now);
        }, now, cancellationToken);
    }

    private async Task RequireSubjectAsync(string itemType, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        switch (itemType)
        {
            case CaseItemType.Document:
                if (await store.GetDocumentAsync(key, cancellationToken) is null)
                {
                    throw new CaseNotFoundException($"There is no document '{key}'.");
                }

                break;
            case CaseItemType.Network:
                if (await store.Networks.GetNetworkSizeAsync(key, cancellationToken) is null)
                {
                    throw new CaseNotFoundException($"There is no network '{key}'.");
                }

                break;
            case CaseItemType.Entity:
                var colon = key.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || colon == key.Length - 1)
                {
                    throw new ArgumentException($"An entity item is 'type:value' (e.g. phone:+15555550123), not '{key}'.", nameof(key));
                }

                break;
            default:
                throw new ArgumentException($"Unknown item type '{itemType}' (use {string.Join(", ", CaseItemType.All)}).", nameof(itemType));
        }
    }
}
