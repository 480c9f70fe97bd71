using System.Globalization;
using System.Text.Json;
using Ariadne.Analysis.Csv;

namespace Ariadne.Investigation.Cases.Timeline;

/// <summary>
/// The timeline as CSV (RFC 4180: CRLF, every field quoted, quotes doubled) and as JSON. The CSV is written by
/// <see cref="CsvTableWriter"/>, whose formula guard matters here: the titles are ad text written by whoever posted
/// the ad.
/// </summary>
public static class TimelineExport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string ToCsv(CaseTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvTableWriter(text, quoteEveryField: true);
        csv.WriteRecord("at_utc", "kind", "title", "detail", "link_type", "link_id");
        foreach (var e in timeline.Events)
        {
            // at_utc is an ISO 8601 instant, or a bare date for a posting written without a time (see TimelineEvent).
            csv.WriteRecord(e.When, e.Kind, e.Title, e.Detail,
                e.LinkType == TimelineLinkType.None ? null : e.LinkType.ToString().ToLowerInvariant(), e.LinkId);
        }

        return text.ToString();
    }

    public static byte[] ToJson(CaseTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var document = new
        {
            Case = timeline.CaseId,
            timeline.DocumentsRead,
            timeline.DocumentsTotal,
            timeline.DocumentCap,
            timeline.Capped,
            timeline.Undated,
            Events = timeline.Events.Select(e => new
            {
                AtUtc = e.When,
                e.DateOnly,
                e.Kind,
                e.Title,
                e.Detail,
                LinkType = e.LinkType == TimelineLinkType.None ? null : e.LinkType.ToString().ToLowerInvariant(),
                e.LinkId,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }
}
