using Ariadne.Core.Entities;
using Ariadne.Store.Insights;
using Ariadne.Web.Graphs;

namespace Ariadne.Web.Tests;

public sealed class EgoGraphBuilderTests
{
    [Fact]
    public void Identifiers_in_two_ads_are_shared_links_and_the_rest_are_mentions()
    {
        EntityDocument[] ads = [new("d1", "First ad", null, null, null), new("d2", null, null, null, null)];
        DocumentEntity[] identifiers =
        [
            new("d1", EntityType.Phone, "+15555550123"), new("d2", EntityType.Phone, "+15555550123"),
            new("d2", EntityType.Email, "x@example.com"), new("d9", EntityType.Email, "not-in-graph@example.com"),
        ];

        var graph = EgoGraphBuilder.Build(EntityType.Phone, "+15555550123", ads, identifiers);

        Assert.Equal(["doc:d1", "doc:d2", "phone:+15555550123", "email:x@example.com"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(["First ad", "d2"], graph.Nodes.Take(2).Select(n => n.Label));
        Assert.True(graph.Nodes.Single(n => n.Id == "phone:+15555550123").Focus);
        Assert.Equal("/entities/email/x%40example.com", graph.Nodes.Single(n => n.Type == "email").Href);
        Assert.Equal(
            ["shares phone +15555550123", "shares phone +15555550123", "mentions email x@example.com"],
            graph.Edges.Select(e => e.Reason));
    }

    [Fact]
    public void A_name_focus_is_drawn_and_tied_to_each_of_its_ads()
    {
        var graph = EgoGraphBuilder.Build(EntityType.Name, "Jade", [new("d1", "a", null, null, null)], []);

        Assert.Equal(["doc:d1", "name:Jade"], graph.Nodes.Select(n => n.Id));
        Assert.Equal("shares name Jade", Assert.Single(graph.Edges).Reason);
    }

    [Fact]
    public void Identical_photos_in_two_ads_are_a_photo_node_with_shares_photo_edges()
    {
        var sha = new string('a', 64);
        EntityDocument[] ads = [new("d1", "a", null, null, null), new("d2", "b", null, null, null)];
        DocumentPhoto[] photos = [new("d1", sha), new("d2", sha), new("d1", new string('b', 64)), new("d7", new string('c', 64))];

        var graph = EgoGraphBuilder.Build(EntityType.Phone, "+15555550123", ads, [], photos);

        var photo = Assert.Single(graph.Nodes, n => n.Type == "photo");
        Assert.Equal("photo:" + sha, photo.Id);
        Assert.Equal(["doc:d1", "doc:d2"], graph.Edges.Where(e => e.Target == photo.Id).Select(e => e.Source));
        Assert.All(graph.Edges.Where(e => e.Target == photo.Id), e => Assert.StartsWith("shares photo (identical file", e.Reason, StringComparison.Ordinal));
    }
}
