using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ariadne.Web.Tests;

public sealed partial class WebHostTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task Health_endpoint_reports_the_document_count_to_a_signed_in_reader()
    {
        using var response = await app.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(RunningApp.Documents, json.RootElement.GetProperty("documents").GetInt64());
        Assert.Equal("sqlite", json.RootElement.GetProperty("store").GetString());
    }

    [Fact]
    public async Task Health_endpoint_answers_anonymous_monitors_without_revealing_where_the_store_is()
    {
        using var client = app.NewClient();
        var body = await client.GetStringAsync("/healthz");

        Assert.DoesNotContain("ariadne.db", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoint_tells_anonymous_monitors_the_status_and_not_the_corpus_size()
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.False(json.RootElement.TryGetProperty("documents", out _));
        Assert.False(json.RootElement.TryGetProperty("store", out _));
    }

    [Fact]
    public async Task Document_list_pages_through_every_document_once()
    {
        var seen = new HashSet<string>();
        var next = "/search";
        var pages = 0;
        while (next is not null && pages < 10)
        {
            var html = await app.Client.GetStringAsync(next);
            pages++;
            foreach (Match m in DocumentLink().Matches(html))
            {
                Assert.True(seen.Add(m.Groups[1].Value), $"document {m.Groups[1].Value} shown twice");
            }

            var nextLink = NextLink().Match(html);
            next = nextLink.Success ? WebUtility.HtmlDecode(nextLink.Groups[1].Value) : null;
        }

        Assert.Equal(RunningApp.Documents, seen.Count);
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task Full_text_search_filters_the_list_and_escapes_ad_text()
    {
        var html = await app.Client.GetStringAsync("/search?q=jade");

        Assert.Equal(RunningApp.Documents / 5, DocumentLink().Count(html));
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_filter_shows_an_error_that_names_the_field()
    {
        var html = await app.Client.GetStringAsync("/search?from=yesterday");

        Assert.Contains("from:", html, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_no_inline_script()
    {
        using var response = await app.Client.GetAsync("/search?q=jade");
        var html = await response.Content.ReadAsStringAsync();

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        HtmlAssert.NoInlineScriptOrStyle(html);
        Assert.Contains("<script type=\"module\" src=\"assets/js/app.js\"></script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_is_served_by_the_app()
    {
        using var response = await app.Client.GetAsync("/assets/app.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Document_page_and_raw_download_show_the_original_bytes()
    {
        var list = await app.Client.GetStringAsync("/api/documents?q=%22number%207%22&limit=5");
        using var json = JsonDocument.Parse(list);
        var id = json.RootElement.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString();

        var page = await app.Client.GetStringAsync($"/documents/{id}");
        Assert.Contains("Listing number 7", page, StringComparison.Ordinal);

        var raw = await app.Client.GetByteArrayAsync($"/api/documents/{id}/raw");
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(app.RawLineOfAd7), raw);
    }

    [Fact]
    public async Task Document_page_highlights_extracted_entities_and_counts_other_documents()
    {
        var list = await app.Client.GetStringAsync("/api/documents?q=%22number%2010%22&limit=5");
        using var json = JsonDocument.Parse(list);
        var id = json.RootElement.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString();

        var page = WebUtility.HtmlDecode(await app.Client.GetStringAsync($"/documents/{id}"));

        Assert.Contains("<mark class=\"entity entity-phone\" title=\"phone: +17135550142\">713 555 0142</mark>", page, StringComparison.Ordinal);
        Assert.Contains("<code>+17135550142</code>", page, StringComparison.Ordinal);

        // 15 documents share the phone (every fifth of 75), so this one has 14 others.
        Assert.Matches(new Regex("<a href=\"/entities/phone/%2B17135550142\"><code>\\+17135550142</code></a></td>\\s*<td>713 555 0142</td>\\s*<td>14</td>"), page);
    }

    [Fact]
    public async Task Unknown_document_is_a_404_problem()
    {
        using var response = await app.Client.GetAsync("/api/documents/d000000000000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_rejects_a_forged_cursor_with_400()
    {
        using var response = await app.Client.GetAsync("/api/documents?cursor=not-a-cursor");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_last_day_of_the_calendar_is_a_valid_end_date_for_the_api_and_the_search_page()
    {
        using var api = await app.Client.GetAsync("/api/documents?to=9999-12-31");
        using var page = await app.Client.GetAsync("/search?to=9999-12-31");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.NotEmpty(json.RootElement.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("AAAA==")]
    [InlineData("%00")]
    [InlineData("not-a-cursor")]
    public async Task Search_page_answers_a_tampered_cursor_with_its_message_not_a_crash(string cursor)
    {
        using var response = await app.Client.GetAsync("/search?q=listing&cursor=" + cursor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The search cursor is not valid", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/documents?limit=1")]
    [InlineData("/api/documents/d000000000000000000000000")]
    [InlineData("/api/entities/phone/graph?value=%2B17135550142")]
    public async Task Api_answers_about_documents_and_entities_are_never_cached(string path)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [GeneratedRegex("href=\"/documents/(d[0-9a-f]{24})\"")]
    private static partial Regex DocumentLink();

    [GeneratedRegex("href=\"([^\"]*cursor=[^\"]*)\" rel=\"next\"")]
    private static partial Regex NextLink();
}
