namespace Ariadne.Investigation.Cases.Timeline;

/// <summary>Which events to keep: some kinds (all when empty) within an inclusive UTC range (open ends when null).</summary>
public sealed record TimelineFilter(IReadOnlyCollection<string>? Kinds = null, DateTimeOffset? FromUtc = null, DateTimeOffset? ToUtc = null)
{
    public static TimelineFilter None { get; } = new();

    public bool Keeps(TimelineEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Kinds is null || Kinds.Count == 0 || Kinds.Contains(item.Kind))
            && (FromUtc is null || item.AtUtc >= FromUtc)
            && (ToUtc is null || item.AtUtc <= ToUtc);
    }
}
