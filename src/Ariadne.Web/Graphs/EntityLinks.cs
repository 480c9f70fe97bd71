using Ariadne.Core.Entities;
using Ariadne.Investigation.Search;

namespace Ariadne.Web.Graphs;

/// <summary>Wire names and page links for entities, so every page and graph builds them the same way.</summary>
public static class EntityLinks
{
    public static string TypeName(EntityType type) => EntityTypeNames.Of(type);

    public static bool TryParseType(string? name, out EntityType type) => EntityTypeNames.TryParse(name, out type);

    /// <summary>
    /// <c>/entities/{type}/{value}</c>. Slashes stay slashes (the page's route takes the rest of the path), so a
    /// URL value needs no %2F, which servers treat inconsistently.
    /// </summary>
    public static string PageOf(EntityType type, string value) =>
        $"/entities/{TypeName(type)}/{Uri.EscapeDataString(value).Replace("%2F", "/", StringComparison.Ordinal)}";

    public static string DocumentPage(string id) => "/documents/" + Uri.EscapeDataString(id);
}
