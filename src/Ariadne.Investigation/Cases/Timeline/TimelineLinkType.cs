namespace Ariadne.Investigation.Cases.Timeline;

/// <summary>What a timeline event's link points at.</summary>
public enum TimelineLinkType
{
    None = 0,
    Document = 1,
    Network = 2,
    Evidence = 3,
}
