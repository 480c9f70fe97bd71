using System.Text.Json;
using Ariadne.Core.Cases;
using Ariadne.Core.Documents;
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
public sealed class CaseService(AriadneStore store, EvidenceVault vault, AuditSigner signer, IBlobStore photos, TimeProvider? time = null)
{
    /// <summary>A signed checkpoint every this many audit records of a case.</summary>
    public const int CheckpointInterval = AuditCheckpointPolicy.Interval;

    private static readonly JsonSerializerOptions SnapshotJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

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
    public async Task<Case> RequireAccessAsync(CaseActor actor, string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await Cases.GetAsync(caseId, cancellationToken) ?? throw new CaseNotFoundException($"There is no case '{caseId}'.");
        if (!actor.IsAdmin && !await Cases.IsMemberAsync(caseId, actor.UserId, cancellationToken))
        {
            throw new CaseAccessDeniedException(caseId, $"{actor.Name} is not a member of case '{caseId}'.");
        }

        return found;
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

    /// <summary>Captures bytes as evidence: stored write-once by SHA-256, recorded with time, source, account and tool version.</summary>
    public async Task<Evidence> CaptureAsync(CaseActor actor, string caseId, Stream content, EvidenceCapture capture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(capture);
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        return await CaptureCoreAsync(actor, current, content, capture, cancellationToken);
    }

    /// <summary>Captures bytes into a case the actor was checked to be in.</summary>
    private async Task<Evidence> CaptureCoreAsync(CaseActor actor, Case current, Stream content, EvidenceCapture capture, CancellationToken cancellationToken)
    {
        var caseId = current.Id;
        if (!EvidenceKind.All.Contains(capture.Kind))
        {
            throw new ArgumentException($"Unknown evidence kind '{capture.Kind}'.", nameof(capture));
        }

        var (sha, size) = await vault.PutAsync(content, cancellationToken);
        var now = _time.GetUtcNow();
        var evidence = new Evidence
        {
            Id = CaseIds.NewEvidence(now),
            CaseId = caseId,
            Sha256 = sha,
            Kind = capture.Kind,
            SizeBytes = size,
            FileName = SafeFileName(capture.FileName),
            MediaType = capture.MediaType,
            Description = string.IsNullOrWhiteSpace(capture.Description) ? null : capture.Description.Trim(),
            SubjectRef = capture.SubjectRef,
            SourceUrl = capture.SourceUrl,
            CapturedByUserId = actor.UserId,
            CapturedAtUtc = AuditChain.Normalise(now),
            ToolVersion = ToolVersion.Current,
        };
        var details = new EvidenceDetails(sha, evidence.Kind, size, evidence.FileName, evidence.SourceUrl).ToJson();
        await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.EvidenceCaptured, evidence.Id, details), context =>
        {
            context.Evidence.Add(evidence);
            Touch(context, current, now);
        }, now, cancellationToken);
        return evidence;
    }

    /// <summary>Captures a stored document's raw original (the exact ingested bytes) and links the document to the case.</summary>
    public async Task<Evidence> CaptureDocumentAsync(CaseActor actor, string caseId, string documentId, string? description = null, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        var document = await store.GetDocumentAsync(documentId, cancellationToken) ?? throw new CaseNotFoundException($"There is no document '{documentId}'.");
        var (extension, mediaType) = RawFormatFile(document.RawFormat);
        await AddItemCoreAsync(actor, current, CaseItemType.Document, documentId, cancellationToken);
        using var bytes = new MemoryStream(document.RawPayload, writable: false);
        return await CaptureCoreAsync(actor, current, bytes,
            new EvidenceCapture(EvidenceKind.Document, document.Id + extension, mediaType, document.SourceUrl, description ?? document.Title, document.Id), cancellationToken);
    }

    /// <summary>Captures a stored photo (by its blob hash) as evidence.</summary>
    public async Task<Evidence> CapturePhotoAsync(CaseActor actor, string caseId, string blobSha256, string? sourceDocumentId = null, string? description = null, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        if (!photos.Exists(blobSha256))
        {
            throw new CaseNotFoundException($"There is no stored photo with hash '{blobSha256}'.");
        }

        await using var bytes = photos.OpenRead(blobSha256);
        var mediaType = ImageMediaType(bytes);
        var capture = new EvidenceCapture(EvidenceKind.Photo, blobSha256[..16] + mediaType.Extension, mediaType.Type, null,
            description ?? (sourceDocumentId is null ? null : "photo of document " + sourceDocumentId), blobSha256);
        return await CaptureCoreAsync(actor, current, bytes, capture, cancellationToken);
    }

    /// <summary>
    /// Captures a network as Ariadne shows it now (summary, members, joining edges with their evidence) as a JSON
    /// snapshot, and links the network to the case. Networks grow; the snapshot is what the analyst saw.
    /// </summary>
    public async Task<Evidence> CaptureNetworkAsync(CaseActor actor, string caseId, string networkId, string? description = null, CancellationToken cancellationToken = default)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        var detail = await store.Networks.GetNetworkAsync(networkId, cancellationToken) ?? throw new CaseNotFoundException($"There is no network '{networkId}'.");
        await AddItemCoreAsync(actor, current, CaseItemType.Network, networkId, cancellationToken);
        var snapshot = new
        {
            Network = detail.Network.Id,
            CapturedFrom = "ariadne network " + detail.Network.Id,
            detail.Network.DocumentCount,
            detail.Network.FirstSeenUtc,
            detail.Network.LastSeenUtc,
            Summary = detail.Network.SummaryJson is null ? (JsonElement?)null : JsonDocument.Parse(detail.Network.SummaryJson).RootElement.Clone(),
            Members = detail.Members.Select(m => new { m.Id, Kind = m.Kind.ToString().ToLowerInvariant(), m.Title, m.PostedAtUtc, Location = m.LocationRaw, m.Country, m.Source }),
            Edges = detail.Edges.Select(e => new { e.DocumentA, e.DocumentB, e.Kind, e.Evidence, e.Similarity }),
        };
        using var bytes = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(snapshot, SnapshotJson), writable: false);
        return await CaptureCoreAsync(actor, current, bytes,
            new EvidenceCapture(EvidenceKind.NetworkSnapshot, "network-" + networkId + ".json", "application/json", null,
                description ?? $"Network {networkId}: {detail.Network.DocumentCount} ads", networkId), cancellationToken);
    }

    /// <summary>Opens evidence for reading and records the view in the case's audit log.</summary>
    public async Task<(Evidence Evidence, Stream Content)> OpenEvidenceAsync(CaseActor actor, string evidenceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var evidence = await Cases.GetEvidenceAsync(evidenceId, cancellationToken) ?? throw new CaseNotFoundException($"There is no evidence '{evidenceId}'.");
        var current = await RequireAccessAsync(actor, evidence.CaseId, cancellationToken);
        if (evidence.WithdrawnAtUtc is not null)
        {
            throw new CaseNotFoundException($"Evidence '{evidenceId}' was withdrawn on {evidence.WithdrawnAtUtc:u}: {evidence.WithdrawnReason}. Its record and hash are kept; its bytes are not.");
        }

        if (!vault.Exists(evidence.Sha256))
        {
            throw new CaseNotFoundException($"The file of evidence '{evidenceId}' ({evidence.Sha256}) is missing from the evidence store; run `ariadne audit verify`.");
        }

        // The view is recorded before the bytes are handed over: nobody sees evidence unrecorded.
        await AppendAsync(new AuditEntry(current.Id, actor.UserId, AuditAction.EvidenceViewed, evidence.Id, evidence.Sha256), null, _time.GetUtcNow(), cancellationToken);
        return (evidence, vault.OpenRead(evidence.Sha256));
    }

    /// <summary>
    /// The one way to remove evidence: an Admin's recorded, reasoned withdrawal. The record and its hash stay; the
    /// bytes are deleted unless another case still holds the same content.
    /// </summary>
    public async Task WithdrawEvidenceAsync(CaseActor actor, string evidenceId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new CaseAccessDeniedException(evidenceId, "Only an Admin may withdraw evidence.");
        }

        reason = RequireText(reason, "reason", 2_000);
        var evidence = await Cases.GetEvidenceAsync(evidenceId, cancellationToken) ?? throw new CaseNotFoundException($"There is no evidence '{evidenceId}'.");
        if (evidence.WithdrawnAtUtc is not null)
        {
            return;
        }

        var current = await RequireAccessAsync(actor, evidence.CaseId, cancellationToken);
        var now = _time.GetUtcNow();
        await AppendAsync(new AuditEntry(current.Id, actor.UserId, AuditAction.EvidenceWithdrawn, evidence.Id, reason), context =>
        {
            evidence.WithdrawnAtUtc = AuditChain.Normalise(now);
            evidence.WithdrawnByUserId = actor.UserId;
            evidence.WithdrawnReason = reason;
            context.Evidence.Update(evidence);
            Touch(context, current, now);
        }, now, cancellationToken);

        if (!await Cases.IsHashStillHeldAsync(evidence.Sha256, cancellationToken))
        {
            vault.Withdraw(evidence.Sha256);
        }
    }

    /// <summary>
    /// Records that the case (or part of it) was exported, with the SHA-256 of what went out, and returns the
    /// checkpoint signed over that record: the custody stamp that travels with the export, binding the file's hash
    /// into the signed chain.
    /// </summary>
    public async Task<AuditCheckpoint> RecordExportAsync(CaseActor actor, string caseId, string what, string? sha256 = null, CancellationToken cancellationToken = default)
    {
        await RequireAccessAsync(actor, caseId, cancellationToken);
        var now = _time.GetUtcNow();
        var (_, checkpoint) = await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.Exported, what, sha256), null, now, cancellationToken);
        return checkpoint ?? throw new InvalidOperationException("An export record must carry a signed checkpoint.");
    }

    /// <summary>Signs the case's current chain head (nothing to do if it is already signed).</summary>
    public async Task<AuditCheckpoint?> CheckpointAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var head = await Cases.GetAuditHeadAsync(caseId, cancellationToken);
        if (head is null)
        {
            return null;
        }

        var existing = await Cases.ListCheckpointsAsync(caseId, cancellationToken);
        if (existing.Count > 0 && existing[^1].Sequence == head.Sequence)
        {
            return existing[^1];
        }

        var checkpoint = signer.Sign(head, _time.GetUtcNow());
        await Cases.AddCheckpointAsync(checkpoint, cancellationToken);
        await _heads.WriteAsync(checkpoint, old => StillHoldsAsync(head, old, cancellationToken), cancellationToken);
        return checkpoint;
    }

    /// <summary>
    /// Appends the record (with its checkpoint, when the policy requires one, in the same transaction), then writes
    /// the new signed head beside the key. The head follows the commit: if Ariadne stops in between, the verifier
    /// reports the one unsigned record rather than missing a real cut.
    /// </summary>
    private async Task<(AuditRecord Record, AuditCheckpoint? Checkpoint)> AppendAsync(AuditEntry entry, Action<Store.Model.AriadneDbContext>? change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        AuditCheckpoint? checkpoint = null;
        var record = await Cases.AppendAsync(entry, change, now,
            r => checkpoint = AuditCheckpointPolicy.IsRequired(r) ? signer.Sign(r, now) : null, cancellationToken);
        await _heads.WriteAsync(checkpoint ?? signer.Sign(record, now), old => StillHoldsAsync(record, old, cancellationToken), cancellationToken);
        return (record, checkpoint);
    }

    /// <summary>Whether the chain that ends in <paramref name="latest"/> still holds the earlier signed head.</summary>
    private async Task<bool> StillHoldsAsync(AuditRecord latest, AuditCheckpoint earlier, CancellationToken cancellationToken)
    {
        if (earlier.Sequence == latest.Sequence - 1)
        {
            return string.Equals(earlier.Hash, latest.PreviousHash, StringComparison.Ordinal);
        }

        var records = await Cases.ListAuditAsync(latest.CaseId, cancellationToken);
        return records.FirstOrDefault(r => r.Sequence == earlier.Sequence) is { } record && string.Equals(record.Hash, earlier.Hash, StringComparison.Ordinal);
    }

    private async Task<Case> RequireOwnerOrAdminAsync(CaseActor actor, string caseId, CancellationToken cancellationToken)
    {
        var current = await RequireAccessAsync(actor, caseId, cancellationToken);
        if (!actor.IsAdmin && current.OwnerUserId != actor.UserId)
        {
            throw new CaseAccessDeniedException(caseId, $"Only the owner of case '{caseId}' or an Admin can change who is in it.");
        }

        return current;
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

    private static string? SafeFileName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var file = Path.GetFileName(name.Replace('\\', '/'));
        var cleaned = new string(file.Select(c => char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) ? '_' : c).ToArray());
        return cleaned.Length > 200 ? cleaned[..200] : cleaned;
    }

    private static (string Extension, string MediaType) RawFormatFile(string rawFormat) => rawFormat switch
    {
        "jsonl" => (".json", "application/json"),
        "csv" => (".csv", "text/csv"),
        "html" => (".html", "text/html"),
        _ => (".bin", "application/octet-stream"),
    };

    private static (string Type, string Extension) ImageMediaType(Stream stream)
    {
        Span<byte> head = stackalloc byte[12];
        var read = stream.Read(head);
        stream.Position = 0;
        head = head[..read];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", ".jpg");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return ("image/png", ".png");
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", ".webp");
        }

        if (head.StartsWith("GIF8"u8))
        {
            return ("image/gif", ".gif");
        }

        return ("application/octet-stream", ".bin");
    }
}
