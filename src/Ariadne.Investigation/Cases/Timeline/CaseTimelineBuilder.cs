using Ariadne.Core.Cases;
using Ariadne.Core.Documents;
using Ariadne.Store;

namespace Ariadne.Investigation.Cases.Timeline;

/// <summary>
/// Builds a case's timeline from what the case reaches: the documents linked to it and every member of the
/// networks linked to it (postings, tips, moves to a new city, the first posting of each photo), and what the
/// analysts did (evidence captured, notes, tasks, status changes from the audit log). Access is checked by the
/// caller through <see cref="CaseService"/>; this class only reads.
/// </summary>
public sealed class CaseTimelineBuilder(AriadneStore store)
{
    /// <summary>Documents read per case: a timeline of more would be unreadable on a page and in court.</summary>
    public const int DefaultDocumentCap = 5_000;

    private const int MaxDetailLength = 200;

    public int DocumentCap { get; init; } = DefaultDocumentCap;

    /// <summary>The timeline of a case the actor may see (the same need-to-know check as the case page).</summary>
    public async Task<CaseTimeline> BuildAsync(CaseService cases, CaseActor actor, string caseId, TimelineFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var detail = await cases.GetAsync(actor, caseId, cancellationToken);
        var audit = await cases.AuditLogAsync(actor, caseId, cancellationToken);
        return await BuildAsync(detail, audit, filter, cancellationToken);
    }

    public async Task<CaseTimeline> BuildAsync(CaseDetail detail, IReadOnlyList<AuditRecord> audit, TimelineFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(audit);
        filter ??= TimelineFilter.None;
        var documentIds = detail.Items.Where(i => i.ItemType == CaseItemType.Document).Select(i => i.Key).ToList();
        var networkIds = detail.Items.Where(i => i.ItemType == CaseItemType.Network).Select(i => i.Key).ToList();
        var documents = await store.Cases.LoadDocumentsAsync(documentIds, networkIds, DocumentCap, cancellationToken);

        var events = new List<TimelineEvent>();
        AddDocumentEvents(documents.Documents, events);
        AddCaseWork(detail, audit, events);

        var kept = events.Where(filter.Keeps).ToList();
        kept.Sort(Compare);
        var undated = documents.Documents.Count(d => d.PostedAtUtc is null);
        return new CaseTimeline(detail.Case.Id, kept, documents.Documents.Count, documents.Total, DocumentCap, undated);
    }

    private static void AddDocumentEvents(IReadOnlyList<Store.Cases.CaseDocument> documents, List<TimelineEvent> events)
    {
        // The documents arrive oldest first, so the first posting of a photo and each move are found in one pass.
        string? city = null;
        var seenPhotos = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.PostedAtUtc is not { } at)
            {
                continue;
            }

            // A date written without a time stays a date in every view and file of the timeline.
            var dateOnly = PostedAtPrecision.IsDateOnly(document.PostedAtRaw);
            var name = string.IsNullOrWhiteSpace(document.Title) ? document.Id : document.Title.Trim();
            var where = string.IsNullOrWhiteSpace(document.Location) ? null : document.Location.Trim();
            if (document.Kind == DocumentKind.Tip)
            {
                events.Add(new TimelineEvent(at, TimelineKind.Tip, "Tip received: " + name, Join(where, document.Source), TimelineLinkType.Document, document.Id, dateOnly));
                continue;
            }

            events.Add(new TimelineEvent(at, TimelineKind.Posted, KindWord(document.Kind) + " posted: " + name, Join(where, document.Source), TimelineLinkType.Document, document.Id, dateOnly));
            if (where is not null && !string.Equals(where, city, StringComparison.OrdinalIgnoreCase))
            {
                events.Add(new TimelineEvent(at, TimelineKind.City, city is null ? "First seen in " + where : "Moved to " + where,
                    city is null ? null : "from " + city, TimelineLinkType.Document, document.Id, dateOnly));
                city = where;
            }

            foreach (var photo in document.PhotoSha256s)
            {
                if (seenPhotos.Add(photo))
                {
                    events.Add(new TimelineEvent(at, TimelineKind.Photo, "Photo first seen", "photo " + photo[..Math.Min(16, photo.Length)] + " in " + name,
                        TimelineLinkType.Document, document.Id, dateOnly));
                }
            }
        }
    }

    private static void AddCaseWork(CaseDetail detail, IReadOnlyList<AuditRecord> audit, List<TimelineEvent> events)
    {
        foreach (var evidence in detail.Evidence)
        {
            var file = evidence.FileName ?? evidence.Id;
            events.Add(new TimelineEvent(evidence.CapturedAtUtc, TimelineKind.Evidence, "Evidence captured: " + file,
                $"{evidence.Kind}, SHA-256 {evidence.Sha256}, by {detail.NameOf(evidence.CapturedByUserId)}", TimelineLinkType.Evidence, evidence.Id));
            if (evidence.WithdrawnAtUtc is { } withdrawn)
            {
                events.Add(new TimelineEvent(withdrawn, TimelineKind.Evidence, "Evidence withdrawn: " + file,
                    $"by {detail.NameOf(evidence.WithdrawnByUserId)}: {evidence.WithdrawnReason}", TimelineLinkType.Evidence, evidence.Id));
            }
        }

        foreach (var note in detail.Notes)
        {
            events.Add(new TimelineEvent(note.CreatedAtUtc, TimelineKind.Note, "Note by " + detail.NameOf(note.AuthorUserId), Shorten(note.Text)));
        }

        foreach (var task in detail.Tasks)
        {
            events.Add(new TimelineEvent(task.CreatedAtUtc, TimelineKind.Task, "Task added: " + task.Title, null));
            if (task.DoneAtUtc is { } done)
            {
                events.Add(new TimelineEvent(done, TimelineKind.Task, "Task done: " + task.Title, "by " + detail.NameOf(task.DoneByUserId)));
            }
        }

        foreach (var record in audit)
        {
            if (record.Action == AuditAction.CaseCreated)
            {
                events.Add(new TimelineEvent(record.AtUtc, TimelineKind.Status, "Case opened", "by " + detail.NameOf(record.UserId)));
            }
            else if (record.Action == AuditAction.StatusChanged)
            {
                events.Add(new TimelineEvent(record.AtUtc, TimelineKind.Status, "Status changed: " + record.Details, "by " + detail.NameOf(record.UserId)));
            }
        }
    }

    private static int Compare(TimelineEvent x, TimelineEvent y)
    {
        var c = x.AtUtc.CompareTo(y.AtUtc);
        if (c == 0)
        {
            c = TimelineKind.Rank(x.Kind).CompareTo(TimelineKind.Rank(y.Kind));
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.LinkId, y.LinkId);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Title, y.Title);
    }

    private static string KindWord(DocumentKind kind) => kind switch
    {
        DocumentKind.Post => "Post",
        DocumentKind.ChatMessage => "Message",
        _ => "Ad",
    };

    private static string? Join(string? a, string? b) =>
        (a, b) switch
        {
            (null, null) => null,
            (_, null or "") => a,
            (null, _) => "on " + b,
            _ => a + ", on " + b,
        };

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxDetailLength ? line : line[..(MaxDetailLength - 1)] + "…";
    }
}
