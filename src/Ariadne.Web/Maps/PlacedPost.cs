namespace Ariadne.Web.Maps;

/// <summary>One post as the movement builder sees it: where it was posted, and when.</summary>
public sealed record PlacedPost(string? Location, string? Country, DateTimeOffset? PostedAtUtc)
{
    /// <summary>
    /// A post at its stored posting city ("Houston, US", as the extract stage decided it once): the map places the
    /// city by its own name and country, never by re-reading the raw location field.
    /// </summary>
    public static PlacedPost AtPostingCity(string? city, DateTimeOffset? postedAtUtc)
    {
        var comma = city?.LastIndexOf(", ", StringComparison.Ordinal) ?? -1;
        return comma < 0 ? new PlacedPost(city, null, postedAtUtc) : new PlacedPost(city![..comma], city[(comma + 2)..], postedAtUtc);
    }
}
