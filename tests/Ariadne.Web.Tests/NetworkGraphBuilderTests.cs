using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store.Insights;
using Ariadne.Store.Search;
using Ariadne.Web.Networks;

namespace Ariadne.Web.Tests;

public sealed class NetworkGraphBuilderTests
{
    private static DocumentSummary Ad(string id) => new(id, DocumentKind.Ad, "Title " + id, "", null, null, null, null);

    private static NetworkEdge Edge(string a, string b, string kind, string evidence) =>
        new() { NetworkId = "n1", DocumentA = a, DocumentB = b, Kind = kind, Evidence = evidence };

    [Fact]
    public void Ads_and_identifiers_are_typed_nodes_and_text_and_photo_joins_are_labelled_ad_to_ad_edges()
    {
        var graph = NetworkGraphBuilder.Build(
            [Ad("d1"), Ad("d2"), Ad("d3")],
            [new("d1", EntityType.Phone, "+1555"), new("d2", EntityType.Phone, "+1555"), new("d2", EntityType.Email, "x@y.z"), new("d9", EntityType.Phone, "+1999")],
            [Edge("d1", "d2", "phone", "+1555"), Edge("d2", "d3", "text", "near-duplicate text 0.83")]);

        Assert.Equal(["ad", "ad", "ad", "phone", "email"], graph.Nodes.Select(n => n.Type));
        Assert.DoesNotContain(graph.Nodes, n => n.Label == "+1999");
        Assert.Equal(2, graph.Edges.Count(e => e.Target == "phone:+1555" && e.Label == "shares phone"));
        Assert.Single(graph.Edges, e => e.Target == "email:x@y.z" && e.Label == "email");
        var text = Assert.Single(graph.Edges, e => e.Source == "doc:d2" && e.Target == "doc:d3");
        Assert.Equal("near-duplicate text 0.83", text.Label);
        Assert.Equal("/documents/d1", graph.Nodes.Single(n => n.Id == "doc:d1").Href);
    }
}
