using System.Net;
using System.Text.Json;

namespace Ariadne.Web.Tests;

public sealed class EntityPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string Phone = "+17135550142";

    [Fact]
    public async Task Entity_page_lists_every_ad_the_names_used_and_the_cities_over_time()
    {
        var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/entities/phone/%2B17135550142"));

        Assert.Contains("In 15 documents", html, StringComparison.Ordinal);
        foreach (var n in Enumerable.Range(1, RunningApp.Documents).Where(n => n % 5 == 0))
        {
            Assert.Contains($"href=\"/documents/{app.DocumentIdOf[n]}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"href=\"/documents/{app.DocumentIdOf[1]}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/name/Jade\"", html, StringComparison.Ordinal);
        Assert.Contains("Houston, TX <span class=\"count\">15</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-graph-src=\"/api/entities/phone/graph?value=%2B17135550142&view=full\"", html, StringComparison.Ordinal);
        Assert.Contains("data-map-src=\"/api/entities/phone/movements?value=%2B17135550142\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"assets/vendor/cytoscape.min.js\" defer></script>", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(html);
    }

    [Fact]
    public async Task Unknown_values_and_types_get_pages_that_say_what_to_do()
    {
        var none = await app.Client.GetStringAsync("/entities/phone/%2B15555550000");
        var badType = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/entities/shoe/x"));

        Assert.Contains("No analysed document mentions this phone", none, StringComparison.Ordinal);
        Assert.Contains("'shoe' is not an entity type", badType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_json_has_the_ads_the_focus_phone_and_shares_edges()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/entities/phone/graph?value=%2B17135550142"));
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();

        Assert.Equal(15, nodes.Count(n => n.GetProperty("type").GetString() == "ad"));
        var focus = Assert.Single(nodes, n => n.GetProperty("focus").GetBoolean());
        Assert.Equal("phone:" + Phone, focus.GetProperty("id").GetString());
        Assert.Equal(15, edges.Count);
        Assert.All(edges, e => Assert.Equal("shares phone " + Phone, e.GetProperty("reason").GetString()));
        Assert.All(edges, e => Assert.Equal("phone:" + Phone, e.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Movement_json_places_the_posts_in_houston()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/entities/phone/movements?value=%2B17135550142"));

        var place = Assert.Single(json.RootElement.GetProperty("places").EnumerateArray());
        Assert.Equal("Houston", place.GetProperty("name").GetString());
        Assert.Equal("US", place.GetProperty("country").GetString());
        Assert.InRange(place.GetProperty("lat").GetDouble(), 29.5, 30.0);
        Assert.Equal(15, place.GetProperty("posts").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("unplaced").GetInt32());
    }

    [Fact]
    public async Task Entity_api_rejects_unknown_types_and_missing_values()
    {
        using var badType = await app.Client.GetAsync("/api/entities/shoe/graph?value=x");
        using var noValue = await app.Client.GetAsync("/api/entities/phone/movements");

        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noValue.StatusCode);
    }

    [Fact]
    public async Task Search_filters_by_entity_and_city()
    {
        var byPhone = await app.Client.GetStringAsync("/api/documents?etype=phone&evalue=%2B17135550142&limit=100");
        var byCity = await app.Client.GetStringAsync("/api/documents?city=houston&limit=100");
        var elsewhere = await app.Client.GetStringAsync("/api/documents?city=dallas");

        Assert.Equal(15, JsonDocument.Parse(byPhone).RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(RunningApp.Documents, JsonDocument.Parse(byCity).RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(0, JsonDocument.Parse(elsewhere).RootElement.GetProperty("items").GetArrayLength());
        using var valueWithoutType = await app.Client.GetAsync("/api/documents?evalue=x");
        Assert.Equal(HttpStatusCode.BadRequest, valueWithoutType.StatusCode);
    }

    [Fact]
    public async Task A_name_page_lists_its_documents_and_draws_nothing_that_makes_them_one_person()
    {
        var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/entities/name/Jade"));

        Assert.Contains("A name is not an identity: many unrelated people share a first name", html, StringComparison.Ordinal);
        foreach (var n in Enumerable.Range(1, RunningApp.Documents).Where(n => n % 5 == 0))
        {
            Assert.Contains($"href=\"/documents/{app.DocumentIdOf[n]}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("data-map-src", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-graph-src", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Linked identifiers", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cities over time", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/entities/phone/", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name", "Jade")]
    [InlineData("location", "Houston")]
    [InlineData("age", "22")]
    public async Task The_api_draws_no_trail_or_graph_for_values_that_identify_no_one(string type, string value)
    {
        using var movements = await app.Client.GetAsync($"/api/entities/{type}/movements?value={value}");
        using var graph = await app.Client.GetAsync($"/api/entities/{type}/graph?value={value}");

        Assert.Equal(HttpStatusCode.BadRequest, movements.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, graph.StatusCode);
        Assert.Contains("not an identity", await movements.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_number_out_of_range_or_tampered_shows_a_real_page_of_the_list()
    {
        var beyond = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/entities/name/Jade?page=9"));
        using var tampered = await app.Client.GetAsync("/entities/name/Jade?page=x%00");

        Assert.Equal(15, beyond.Split("href=\"/documents/").Length - 1);
        Assert.DoesNotContain("Page 1 of", beyond, StringComparison.Ordinal); // 15 documents fit one page: no page links
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
    }
}
