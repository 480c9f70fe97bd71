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

    [Fact]
    public void Two_ads_listing_the_same_phone_are_explained_by_the_phone_not_the_photo_tree()
    {
        // The stored spanning tree joined a–b–c through photos; a and c both list one phone.
        LinkStep[] tree =
        [
            new("a", "b", "photo", "aaaa", 1),
            new("b", "c", "photo", "bbbb", 1),
        ];
        LinkExplainerGroup[] shared = [new("phone", "+17135550171", ["a", "c", "z"])];

        var path = LinkExplainer.Explain(tree, "a", "c", shared)!;

        var step = Assert.Single(path);
        Assert.Equal(("a", "c", "phone", "+17135550171"), (step.From, step.To, step.Kind, step.Evidence));
        Assert.Equal(["photo", "photo"], LinkExplainer.Explain(tree, "a", "c")!.Select(s => s.Kind));
    }

    [Fact]
    public void A_longer_chain_of_identifiers_beats_a_short_chain_through_a_photo()
    {
        LinkStep[] edges =
        [
            new("a", "d", "photo", "cccc", 1),
            new("a", "b", "phone", "+17135550101", 1),
            new("b", "c", "email", "kim@example.com", 1),
            new("c", "d", "handle", "@kim", 1),
        ];

        var path = LinkExplainer.Explain(edges, "a", "d")!;

        Assert.Equal(["phone", "email", "handle"], path.Select(s => s.Kind));
        Assert.Equal(["b", "c", "d"], path.Select(s => s.To));
    }

    [Fact]
    public void Text_is_preferred_to_photos_and_hops_break_ties_at_the_same_strength()
    {
        LinkStep[] edges =
        [
            new("a", "b", "photo", "dddd", 1),
            new("a", "x", "text", "near-duplicate text 0.81", 0.81),
            new("x", "y", "phone", "+17135550102", 1),
            new("y", "b", "template", "shared template", 0.4),
            new("a", "b2", "template", "shared template", 0.4),
            new("b2", "b", "text", "near-duplicate text 0.9", 0.9),
        ];

        var path = LinkExplainer.Explain(edges, "a", "b")!;

        Assert.Equal(["template", "text"], path.Select(s => s.Kind));
        Assert.Equal(LinkExplainer.PhotoStrength, LinkExplainer.Strength("photo"));
        Assert.Equal(LinkExplainer.IdentifierStrength, LinkExplainer.Strength("wallet"));
    }

    [Fact]
    public void A_group_hop_into_the_middle_of_a_chain_is_one_direct_step()
    {
        LinkStep[] edges = [new("a", "b", "text", "near-duplicate text 0.8", 0.8), new("c", "d", "email", "lee@example.com", 1)];
        LinkExplainerGroup[] shared = [new("phone", "+17135550103", ["b", "c"]), new("handle", "@lee", ["a", "b", "c"])];

        var path = LinkExplainer.Explain(edges, "a", "d", shared)!;

        Assert.Equal([("a", "c", "handle"), ("c", "d", "email")], path.Select(s => (s.From, s.To, s.Kind)));
    }
}
