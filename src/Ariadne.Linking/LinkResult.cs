using Ariadne.Linking.Graph;
using Ariadne.Linking.Text;

namespace Ariadne.Linking;

/// <summary>
/// The outcome of linking a document list: the component of every document (dense, 0..ComponentCount-1), the
/// spanning-forest edges that explain each membership, the hubs the guard refused, and the near-duplicate families.
/// </summary>
public sealed class LinkResult
{
    public required int[] ComponentOf { get; init; }

    public required int ComponentCount { get; init; }

    public required IReadOnlyList<LinkEdge> Edges { get; init; }

    public required IReadOnlyList<Hub> Hubs { get; init; }

    public required IReadOnlyList<TextFamily> TextFamilies { get; init; }

    public required LinkTimings Timings { get; init; }

    /// <summary>Every pair template linking weighed, when <see cref="LinkOptions.CollectTemplateCandidates"/> was set; otherwise empty.</summary>
    public IReadOnlyList<TemplateCandidate> TemplateCandidates { get; init; } = [];

    /// <summary>The members of each component, in document order.</summary>
    public int[][] Components()
    {
        var sizes = new int[ComponentCount];
        foreach (var c in ComponentOf)
        {
            sizes[c]++;
        }

        var members = new int[ComponentCount][];
        for (var c = 0; c < ComponentCount; c++)
        {
            members[c] = new int[sizes[c]];
        }

        Array.Clear(sizes);
        for (var d = 0; d < ComponentOf.Length; d++)
        {
            var c = ComponentOf[d];
            members[c][sizes[c]++] = d;
        }

        return members;
    }
}
