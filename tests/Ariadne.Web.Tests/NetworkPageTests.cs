using System.Globalization;
using System.Net;
using System.Text.Json;
using Ariadne.Linking.Networks;
using Ariadne.Web.Networks;

namespace Ariadne.Web.Tests;

/// <summary>The networks list, one network's page and its JSON, over the linked and scored test store.</summary>
public sealed class NetworkPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string Phone = "+17135550142";

    private static IEnumerable<int> PhoneAds => Enumerable.Range(1, RunningApp.Documents).Where(n => n % 5 == 0);

    [Fact]
    public async Task The_list_shows_each_network_with_its_size_and_highest_member_risk()
    {
        var raw = await app.Client.GetStringAsync("/networks");
        var html = WebUtility.HtmlDecode(raw);
        var risks = await app.Store.Networks.MaxMemberRiskAsync([app.PhoneNetworkId]);

        // Named by its phone and city, the hash id beside: "n3f2a…" alone is remembered by no one.
        Assert.Contains($"<a href=\"/networks/{app.PhoneNetworkId}\" title=\"{app.PhoneNetworkId}\">+1 713-555-0142 · Houston <code>({app.PhoneNetworkId[..6]}…)</code></a></td>\n                    <td>15</td>", html.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(risks[app.PhoneNetworkId].ToString("0.00", CultureInfo.InvariantCulture) + "</span>", html, StringComparison.Ordinal);
        Assert.Contains($"{await app.Store.Networks.CountNetworksAsync()} network", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/networks?risk=high\"", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(raw);
    }

    [Fact]
    public async Task The_high_risk_filter_lists_exactly_the_networks_with_a_member_at_half_or_more()
    {
        var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/networks?risk=high"));
        var risky = (await app.Store.Networks.ListRiskyNetworksAsync(0.5, 100)).Select(n => n.Id).ToHashSet();
        var all = await app.Store.Networks.ListNetworksAsync(100);

        Assert.Contains("show all networks", html, StringComparison.Ordinal);
        foreach (var network in all)
        {
            Assert.Equal(risky.Contains(network.Id), html.Contains($"href=\"/networks/{network.Id}\"", StringComparison.Ordinal));
        }

        if (risky.Count == 0)
        {
            Assert.Contains("No network has a member at risk 0.5 or more", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_network_page_shows_its_summary_evidence_members_and_feeds_the_graph_and_map()
    {
        var raw = await app.Client.GetStringAsync("/networks/" + app.PhoneNetworkId);
        var html = WebUtility.HtmlDecode(raw);

        foreach (var n in PhoneAds)
        {
            Assert.Contains($"href=\"/documents/{app.DocumentIdOf[n]}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"href=\"/documents/{app.DocumentIdOf[1]}\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Names:</strong> Jade", html, StringComparison.Ordinal);
        Assert.Contains("Houston, US", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"tag\">phone</span> <span class=\"evidence\"><a href=\"/entities/phone/%2B17135550142\"><code>{Phone}</code></a></span>", html, StringComparison.Ordinal);
        Assert.Contains($"data-graph-src=\"/api/networks/{app.PhoneNetworkId}/graph?view=full\"", html, StringComparison.Ordinal);
        Assert.Contains("<summary><strong>Shared identifiers</strong> <span class=\"count\">14</span>", html, StringComparison.Ordinal);
        Assert.Contains($"data-map-src=\"/api/networks/{app.PhoneNetworkId}/movements\"", html, StringComparison.Ordinal);
        Assert.Contains("a person decides", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(raw);

        using var graph = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/networks/{app.PhoneNetworkId}/graph"));
        var nodes = graph.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(15, nodes.Count(n => n.GetProperty("type").GetString() == "ad"));
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == "phone:" + Phone);
        var edges = graph.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(15, edges.Count(e => e.GetProperty("target").GetString() == "phone:" + Phone && e.GetProperty("label").GetString() == "shares phone"));

        using var map = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/networks/{app.PhoneNetworkId}/movements"));
        var place = Assert.Single(map.RootElement.GetProperty("places").EnumerateArray());
        Assert.Equal(15, place.GetProperty("posts").GetInt32());
    }

    [Fact]
    public async Task Network_indicators_are_shown_as_stored_for_every_network()
    {
        foreach (var network in await app.Store.Networks.ListNetworksAsync(20))
        {
            var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/networks/" + network.Id));
            var summary = NetworkSummaryJson.Deserialize(network.SummaryJson)!;
            Assert.Contains("Network indicators", html, StringComparison.Ordinal);
            if (summary.Indicators.Count == 0)
            {
                Assert.Contains("None of the network-level indicators applies", html, StringComparison.Ordinal);
            }

            foreach (var indicator in summary.Indicators)
            {
                Assert.Contains($"<li data-indicator=\"{indicator.Id}\"><strong>{indicator.Description}</strong>: {indicator.Evidence}</li>", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Why_linked_answers_with_the_shared_phone_directly_naming_ads_by_title_id_and_day()
    {
        var (from, to) = (app.DocumentIdOf[5], app.DocumentIdOf[70]);
        var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync($"/networks/{app.PhoneNetworkId}?from={from}&to={to}"));
        var detail = (await app.Store.Networks.GetNetworkAsync(app.PhoneNetworkId))!;
        var name = detail.Members.ToDictionary(m => m.Id, m => AdName.Of(m.Id, m.Title, m.PostedAtUtc));

        // Both ads list the phone, so the answer is that one phone, in one sentence, whatever the stored tree.
        Assert.StartsWith("“Listing number 5” (" + from[..8] + "…, ", name[from], StringComparison.Ordinal);
        Assert.Contains($"<p class=\"why-answer\">Ad {name[from]} shares phone {Phone} with ad {name[to]}.</p>", html, StringComparison.Ordinal);
        Assert.Single(html.Split($"shares phone {Phone} with ad").Skip(1));
        Assert.Contains($"<option value=\"{from}\" selected", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>Network +1 713-555-0142 · Houston <code>{app.PhoneNetworkId}</code></h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_questions_and_unknown_networks_say_what_to_do()
    {
        var outsider = WebUtility.HtmlDecode(await app.Client.GetStringAsync($"/networks/{app.PhoneNetworkId}?from={app.DocumentIdOf[1]}&to={app.DocumentIdOf[5]}"));
        var missing = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/networks/n0000000000000000"));
        using var api = await app.Client.GetAsync("/api/networks/n0000000000000000/graph");

        Assert.Contains("Pick two ads of this network from the lists.", outsider, StringComparison.Ordinal);
        Assert.Contains("Network not found", missing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task A_member_document_names_its_network_and_shows_its_advisory_risk()
    {
        var raw = await app.Client.GetStringAsync("/documents/" + app.DocumentIdOf[5]);
        var html = WebUtility.HtmlDecode(raw);
        var score = (await app.Store.Scoring.GetScoreAsync(app.DocumentIdOf[5]))!;

        Assert.Contains($"Part of <a href=\"/networks/{app.PhoneNetworkId}\">network {app.PhoneNetworkId}</a> (15 ads).", html, StringComparison.Ordinal);
        Assert.Contains($"Risk <span class=\"risk", html, StringComparison.Ordinal);
        Assert.Contains(score.Probability.ToString("0.00", CultureInfo.InvariantCulture) + "</span>", html, StringComparison.Ordinal);
        Assert.Contains("(model " + score.ModelId, html, StringComparison.Ordinal);
        Assert.Contains("A person decides", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(raw);
    }

    [Fact]
    public async Task Photo_edges_show_the_two_photos_with_the_pdq_group_in_a_tooltip_after_the_identifiers()
    {
        var networkId = (await app.Store.Networks.NetworkOfDocumentAsync(app.DocumentIdOf[RunningApp.SamePhotoAds[0]]))!;
        var detail = (await app.Store.Networks.GetNetworkAsync(networkId))!;
        var photo = detail.Edges.First(e => e.Kind == "photo");
        var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/networks/" + networkId));

        Assert.Contains($"title=\"PDQ group {photo.Evidence}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<img class=\"thumb\" src=\"/api/documents/{photo.DocumentA}/images/0\"", html, StringComparison.Ordinal);
        Assert.Contains($"<img class=\"thumb\" src=\"/api/documents/{photo.DocumentB}/images/0\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<code>{photo.Evidence}</code>", html, StringComparison.Ordinal);
        var photos = html.IndexOf("data-evidence=\"photos\"", StringComparison.Ordinal);
        Assert.True(photos > 0);
        var identifiers = html.IndexOf("data-evidence=\"identifiers\"", StringComparison.Ordinal);
        Assert.True(identifiers < 0 || identifiers < photos);
    }

    [Fact]
    public void The_photo_of_an_ad_that_fell_in_a_group_is_the_one_nearest_its_hash()
    {
        Assert.Equal(1, PhotoOfGroup.Pick([(0, "ffff"), (1, "f0f1"), (2, "0000")], "f0f0"));
        Assert.Null(PhotoOfGroup.Pick([], "f0f0"));
        Assert.Equal(4, PhotoOfGroup.Distance("0f", "00"));
    }
}
