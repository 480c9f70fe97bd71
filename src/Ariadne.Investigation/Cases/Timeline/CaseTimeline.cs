namespace Ariadne.Investigation.Cases.Timeline;

/// <summary>
/// A case's events, oldest first. <see cref="DocumentsTotal"/> is how many documents the case reaches;
/// when it is above <see cref="DocumentCap"/> only the earliest <see cref="DocumentCap"/> were read.
/// <see cref="Undated"/> counts documents without a parsed date, which have no place on a timeline.
/// </summary>
public sealed record CaseTimeline(string CaseId, IReadOnlyList<TimelineEvent> Events, int DocumentsRead, int DocumentsTotal, int DocumentCap, int Undated)
{
    public bool Capped => DocumentsTotal > DocumentsRead;
}
