namespace Ariadne.Web.Graphs;

/// <summary>
/// The graph view asked for in a URL (<c>?graph=</c> on a page, <c>?view=</c> on the API), and the default: above
/// <see cref="AggregateAbove"/> ads one node per ad is a hairball no one reads, so ads are grouped per city.
/// </summary>
public static class GraphViews
{
    /// <summary>Ads beyond which a graph is aggregated unless the reader asks for the full graph.</summary>
    public const int AggregateAbove = 60;

    public static string Name(GraphViewKind view) => view switch
    {
        GraphViewKind.City => "city",
        GraphViewKind.Month => "month",
        _ => "full",
    };

    /// <summary>The view named in the URL, else the default for this many ads.</summary>
    public static GraphViewKind Parse(string? name, int ads) => name?.ToLowerInvariant() switch
    {
        "full" => GraphViewKind.Full,
        "city" => GraphViewKind.City,
        "month" => GraphViewKind.Month,
        _ => ads > AggregateAbove ? GraphViewKind.City : GraphViewKind.Full,
    };

    public static string Title(GraphViewKind view, string fullTitle) => view switch
    {
        GraphViewKind.City => "Grouped graph: ads per posting city, with the identifiers they share",
        GraphViewKind.Month => "Grouped graph: ads per month, with the identifiers they share",
        _ => fullTitle,
    };
}
