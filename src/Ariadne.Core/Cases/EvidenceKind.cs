namespace Ariadne.Core.Cases;

/// <summary>Where captured evidence came from (lower-case words, as stored).</summary>
public static class EvidenceKind
{
    /// <summary>A stored document's raw original, byte for byte as ingested.</summary>
    public const string Document = "document";

    /// <summary>A stored photo (an ingested image blob).</summary>
    public const string Photo = "photo";

    /// <summary>A file an analyst uploaded.</summary>
    public const string Upload = "upload";

    /// <summary>The bytes of a web page as fetched (or saved and uploaded) at capture time.</summary>
    public const string WebPage = "webpage";

    /// <summary>A network as Ariadne showed it at capture time: summary, members and joining edges as JSON.</summary>
    public const string NetworkSnapshot = "network";

    public static IReadOnlyList<string> All { get; } = [Document, Photo, Upload, WebPage, NetworkSnapshot];
}
