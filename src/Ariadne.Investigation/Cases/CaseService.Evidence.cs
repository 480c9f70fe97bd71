using System.Text.Json;
using Ariadne.Core.Cases;
using Ariadne.Store.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>Evidence: captured write-once by hash, opened only with a record of the view, withdrawn only by an Admin.</summary>
public sealed partial class CaseService
{
    private static readonly JsonSerializerOptions SnapshotJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

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
