using System.Net;

namespace Ariadne.Web.Tests;

public sealed class AssetTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData("/assets/app.css", "text/css")]
    [InlineData("/assets/js/app.js", "text/javascript")]
    [InlineData("/assets/js/graph.js", "text/javascript")]
    [InlineData("/assets/js/graph-layout.js", "text/javascript")]
    [InlineData("/assets/js/graph-nodes.js", "text/javascript")]
    [InlineData("/assets/js/map.js", "text/javascript")]
    [InlineData("/assets/vendor/cytoscape.min.js", "text/javascript")]
    [InlineData("/assets/vendor/d3-geo.min.js", "text/javascript")]
    [InlineData("/assets/vendor/topojson-client.min.js", "text/javascript")]
    [InlineData("/assets/vendor/countries-50m.json", "application/json")]
    public async Task Assets_come_from_the_app_itself_without_signing_in(string path, string type)
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task The_world_atlas_is_the_npm_topojson_with_countries()
    {
        var json = await app.Client.GetStringAsync("/assets/vendor/countries-50m.json");

        Assert.StartsWith("{\"type\":\"Topology\"", json, StringComparison.Ordinal);
        Assert.Contains("\"countries\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/nothing.js")]
    [InlineData("/assets/../appsettings.json")]
    [InlineData("/assets/vendor/cities.pbf")]
    public async Task Unknown_assets_are_404(string path)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Document_photos_are_served_as_images_with_nosniff()
    {
        using var response = await app.Client.GetAsync($"/api/documents/{app.DocumentIdOf[3]}/images/0");
        using var missing = await app.Client.GetAsync($"/api/documents/{app.DocumentIdOf[2]}/images/0");

        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
