namespace Ariadne.Investigation.Cases.Timeline;

/// <summary>One dated event of a case timeline; <see cref="LinkId"/> is a document, network or evidence id.</summary>
public sealed record TimelineEvent(DateTimeOffset AtUtc, string Kind, string Title, string? Detail, TimelineLinkType LinkType = TimelineLinkType.None, string? LinkId = null);
