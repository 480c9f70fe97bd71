using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ariadne.Pipeline.Cases.Timeline;

/// <summary>
/// The timeline as CSV (RFC 4180: CRLF, every field quoted, quotes doubled) and as JSON. A cell that a spreadsheet
/// would run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe, because the titles are
/// ad text written by whoever posted the ad.
/// </summary>
public static class TimelineExport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string ToCsv(CaseTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var builder = new StringBuilder();
        Row(builder, "at_utc", "kind", "title", "detail", "link_type", "link_id");
        foreach (var e in timeline.Events)
        {
            Row(builder, e.AtUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), e.Kind, e.Title, e.Detail,
                e.LinkType == TimelineLinkType.None ? null : e.LinkType.ToString().ToLowerInvariant(), e.LinkId);
        }

        return builder.ToString();
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
                AtUtc = e.AtUtc.UtcDateTime,
                e.Kind,
                e.Title,
                e.Detail,
                LinkType = e.LinkType == TimelineLinkType.None ? null : e.LinkType.ToString().ToLowerInvariant(),
                e.LinkId,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    /// <summary>One CSV field, quoted, with formula-starting text defused.</summary>
    public static string CsvField(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Row(StringBuilder builder, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(CsvField(fields[i]));
        }

        builder.Append("\r\n");
    }
}
