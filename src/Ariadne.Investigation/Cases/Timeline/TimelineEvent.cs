using System.Globalization;

namespace Ariadne.Investigation.Cases.Timeline;

/// <summary>
/// One dated event of a case timeline; <see cref="LinkId"/> is a document, network or evidence id. <see cref="DateOnly"/>
/// marks a posting whose written date had no time of day: <see cref="AtUtc"/> is then midnight UTC for ordering only,
/// and the event is printed as the date (<see cref="When"/>), never as 00:00:00 UTC nor shifted by a zone.
/// </summary>
public sealed record TimelineEvent(DateTimeOffset AtUtc, string Kind, string Title, string? Detail, TimelineLinkType LinkType = TimelineLinkType.None, string? LinkId = null, bool DateOnly = false)
{
    /// <summary>"2026-08-22" for a date-only event, else the UTC instant as ISO 8601 ("2026-08-22T14:30:00Z").</summary>
    public string When => DateOnly
        ? AtUtc.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : AtUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
