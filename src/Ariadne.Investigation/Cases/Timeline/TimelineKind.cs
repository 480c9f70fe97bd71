namespace Ariadne.Investigation.Cases.Timeline;

/// <summary>The kinds of event on a case timeline (lower-case words, as exported and filtered on).</summary>
public static class TimelineKind
{
    /// <summary>An ad, post or chat message was posted.</summary>
    public const string Posted = "posted";

    /// <summary>A tip was received (kept apart from ads: it is what someone reported, not what was advertised).</summary>
    public const string Tip = "tip";

    /// <summary>Postings moved to a new city.</summary>
    public const string City = "city";

    /// <summary>A photo appeared for the first time among the case's documents.</summary>
    public const string Photo = "photo";

    public const string Evidence = "evidence";
    public const string Note = "note";
    public const string Task = "task";
    public const string Status = "status";

    public static IReadOnlyList<string> All { get; } = [Posted, Tip, City, Photo, Evidence, Note, Task, Status];

    /// <summary>Order among events at the same instant: what happened in the world before what analysts did about it.</summary>
    internal static int Rank(string kind) => kind switch
    {
        Posted => 0,
        Tip => 1,
        City => 2,
        Photo => 3,
        Evidence => 4,
        Note => 5,
        Task => 6,
        Status => 7,
        _ => 8,
    };
}
