namespace Ariadne.Web.Graphs;

/// <summary>How a graph draws its ads: one node each, or one node per posting city or per month.</summary>
public enum GraphViewKind
{
    Full,
    City,
    Month,
}
