using System.Globalization;

namespace Ariadne.Web.Networks;

/// <summary>
/// How an ad is named in a sentence: “Title” (d1a2b3c…, 22 Aug 2026). Titles repeat across a network (a template
/// writes the same one many times), so the short id and the posting day (UTC) tell two ads apart.
/// </summary>
public static class AdName
{
    /// <summary>Characters of the id kept: "d" and 7 hex digits, enough to tell a network's ads apart at a glance.</summary>
    public const int ShortIdLength = 8;

    public static string Of(string id, string? title, DateTimeOffset? postedAtUtc)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var name = string.IsNullOrWhiteSpace(title) ? "(untitled)" : title.Trim();
        var shortId = id.Length <= ShortIdLength ? id : id[..ShortIdLength] + "…";
        var day = postedAtUtc is { } at ? ", " + at.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "";
        return $"“{name}” ({shortId}{day})";
    }
}
