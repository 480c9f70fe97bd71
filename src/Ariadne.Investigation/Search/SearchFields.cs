namespace Ariadne.Investigation.Search;

/// <summary>The search form's fields as typed (query-string values), before validation.</summary>
public sealed record SearchFields(
    string? Text, string? Kind, string? Country, string? From, string? To,
    string? EntityType, string? EntityValue, string? City, string? Cursor)
{
    /// <summary>
    /// The fields as the search page's query string (<c>q</c>, <c>kind</c>, <c>country</c>, <c>etype</c>,
    /// <c>evalue</c>, <c>city</c>, <c>from</c>, <c>to</c>, <c>cursor</c>), empty ones left out: the one place the
    /// page's own links and the export links are written.
    /// </summary>
    public string ToQueryString()
    {
        (string Name, string? Value)[] pairs =
        [
            ("q", Text), ("kind", Kind), ("country", Country), ("etype", EntityType), ("evalue", EntityValue), ("city", City),
            ("from", From), ("to", To), ("cursor", Cursor),
        ];
        return string.Join("&", pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)));
    }
}
