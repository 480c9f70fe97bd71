using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store.Insights;
using Ariadne.Web.Graphs;

namespace Ariadne.Web.Tests;

public sealed class AggregateGraphBuilderTests
{
    private const string Phone = "+17135550171";

    // 90 ads of one phone: 60 in Houston (May), 25 in Dallas (June), 5 with no posting city (June).
    private static readonly GroupedAd[] Ads =
    [
        .. Enumerable.Range(0, 60).Select(i => new GroupedAd($"h{i:00}", new DateTimeOffset(2026, 5, 1 + (i % 28), 0, 0, 0, TimeSpan.Zero), "Houston, US")),
        .. Enumerable.Range(0, 25).Select(i => new GroupedAd($"d{i:00}", new DateTimeOffset(2026, 6, 1 + i, 0, 0, 0, TimeSpan.Zero), "Dallas, US")),
        .. Enumerable.Range(0, 5).Select(i => new GroupedAd($"u{i}", new DateTimeOffset(2026, 6, 20, 0, 0, 0, TimeSpan.Zero), null)),
    ];

    private static readonly DocumentEntity[] Mentions =
    [
        .. Ads.Select(a => new DocumentEntity(a.Id, EntityType.Phone, Phone)),
        new("h01", EntityType.Email, "mia@example.com"), new("d03", EntityType.Email, "mia@example.com"),
        new("h02", EntityType.Handle, "@once"), // one ad only: explains no link, not drawn
        new("elsewhere", EntityType.Email, "mia@example.com"),
    ];

    [Fact]
    public void Ads_become_one_node_per_city_sized_by_count_with_shared_identifiers_as_hubs()
    {
        var graph = AggregateGraphBuilder.Build(Ads, Mentions, GraphViewKind.City, (EntityType.Phone, Phone));

        Assert.Equal(
            [("city:Houston, US", 60), ("city:Dallas, US", 25), ("city:" + AggregateGraphBuilder.Unplaced, 5), ("phone:" + Phone, 90), ("email:mia@example.com", 2)],
            graph.Nodes.Select(n => (n.Id, n.Count!.Value)));
        Assert.Equal("Houston, US · 60 ads", graph.Nodes[0].Label);
        Assert.True(graph.Nodes.Single(n => n.Id == "phone:" + Phone).Focus);
        Assert.DoesNotContain(graph.Nodes, n => n.Id == "handle:@once");
        var houston = graph.Edges.Single(e => e.Source == "city:Houston, US" && e.Target == "phone:" + Phone);
        Assert.Equal("60 ads", houston.Label);
        Assert.Equal("60 ads in Houston, US mention phone " + Phone, houston.Reason);
        Assert.Equal(2, graph.Edges.Count(e => e.Target == "email:mia@example.com"));
        Assert.Equal(5, graph.Edges.Count);
    }

    [Fact]
    public void By_month_the_groups_are_the_posting_months_in_utc()
    {
        var graph = AggregateGraphBuilder.Build(Ads, Mentions, GraphViewKind.Month, (EntityType.Phone, Phone));

        Assert.Equal([("month:2026-05", 60), ("month:2026-06", 30)], graph.Nodes.Where(n => n.Type == "month").Select(n => (n.Id, n.Count!.Value)));
    }

    [Fact]
    public void Network_joins_between_groups_are_counted_once_per_pair_and_kind_and_joins_inside_a_group_are_not_drawn()
    {
        NetworkEdge[] joins =
        [
            Join("h01", "d01", "photo"), Join("d02", "h02", "photo"), Join("h03", "d03", "text"),
            Join("h04", "h05", "photo"), Join("h06", "d06", "phone"),
        ];

        var graph = AggregateGraphBuilder.Build(Ads, Mentions, GraphViewKind.City, joins: joins);

        var between = graph.Edges.Where(e => e.Id.StartsWith("j:", StringComparison.Ordinal)).ToList();
        Assert.Equal([("city:Dallas, US", "city:Houston, US", "2 photo joins"), ("city:Dallas, US", "city:Houston, US", "1 text join")],
            between.Select(e => (e.Source, e.Target, e.Label)));
        Assert.DoesNotContain(graph.Nodes, n => n.Focus);
    }

    [Fact]
    public void The_default_view_groups_above_sixty_ads_and_the_url_can_ask_for_any_view()
    {
        Assert.Equal(GraphViewKind.Full, GraphViews.Parse(null, GraphViews.AggregateAbove));
        Assert.Equal(GraphViewKind.City, GraphViews.Parse(null, GraphViews.AggregateAbove + 1));
        Assert.Equal(GraphViewKind.Full, GraphViews.Parse("full", 270));
        Assert.Equal(GraphViewKind.Month, GraphViews.Parse("Month", 3));
        Assert.Equal(GraphViewKind.City, GraphViews.Parse("nonsense", 270));
    }

    private static NetworkEdge Join(string a, string b, string kind) =>
        new() { NetworkId = "n1", DocumentA = a, DocumentB = b, Kind = kind, Evidence = kind == "photo" ? "ab12" : "near-duplicate text 0.8" };
}
