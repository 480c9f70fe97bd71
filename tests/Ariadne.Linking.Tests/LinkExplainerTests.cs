using Ariadne.Linking.Networks;

namespace Ariadne.Linking.Tests;

public sealed class LinkExplainerTests
{
    private static readonly LinkStep[] Tree =
    [
        new("a", "b", "phone", "+12125550101", 1),
        new("c", "b", "text", "near-duplicate text 0.82", 0.82),
        new("c", "d", "photo", "f8f8f0ce…", 1),
        new("e", "f", "email", "x@example.com", 1),
    ];

    [Fact]
    public void The_chain_runs_from_one_ad_to_the_other_whatever_the_edge_direction()
    {
        var path = LinkExplainer.Explain(Tree, "a", "d");
        Assert.NotNull(path);
        Assert.Equal(["a", "b", "c"], path!.Select(s => s.From));
        Assert.Equal(["b", "c", "d"], path.Select(s => s.To));
        Assert.Equal(["phone", "text", "photo"], path.Select(s => s.Kind));
    }

    [Fact]
    public void Same_document_needs_no_chain_and_separate_networks_have_none()
    {
        Assert.Empty(LinkExplainer.Explain(Tree, "a", "a")!);
        Assert.Null(LinkExplainer.Explain(Tree, "a", "e"));
    }
}
