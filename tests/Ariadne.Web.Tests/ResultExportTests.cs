using System.Net;
using System.Text.Json;
using Ariadne.Analysis.Csv;
using Ariadne.Investigation.Accounts;

namespace Ariadne.Web.Tests;

/// <summary>Result lists exported as CSV and JSONL, with the query, the time and the account inside the file.</summary>
public sealed class ResultExportTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task A_search_exports_as_csv_with_its_provenance_and_every_match()
    {
        using var response = await app.Client.GetAsync("/exports/search.csv?q=jade&country=us");
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Matches("^ariadne-search-[0-9]{8}T[0-9]{4}Z\\.csv$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("# subject: search", lines[0]);
        Assert.Equal("# query: q=jade&country=us", lines[1]);
        Assert.Equal("# account: " + RunningApp.EmailOf(Roles.Viewer), lines[2]);
        Assert.StartsWith("# generated_at_utc: 20", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("# tool: Ariadne ", lines[4], StringComparison.Ordinal);
        Assert.Equal("document_id,kind,title,posted_at_utc,location,posting_city,country,source,risk", lines[5]);
        Assert.Equal($"# rows: {RunningApp.Documents / 5}", lines[^1]);

        using var reader = CsvTableReader.Open(new StringReader(string.Join("\n", lines[5..^1])), new CsvTableOptions { UndoFormulaGuard = true });
        Assert.Equal("posting_city", reader.ReadHeader()[5]);
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.Field(0));
            Assert.Equal("Houston, US", reader.Field(5));
        }

        var expected = Enumerable.Range(1, RunningApp.Documents).Where(i => i % 5 == 0).Select(i => app.DocumentIdOf[i]).Order().ToList();
        Assert.Equal(expected, ids.Order().ToList());
    }

    [Fact]
    public async Task An_entity_exports_as_jsonl_with_a_provenance_line_first_and_a_count_last()
    {
        var text = await app.Client.GetStringAsync("/exports/entity.jsonl?type=phone&value=%2B17135550142");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var provenance = lines[0].GetProperty("provenance");
        Assert.Equal("entity phone +17135550142", provenance.GetProperty("subject").GetString());
        Assert.Equal("type=phone&value=+17135550142", provenance.GetProperty("query").GetString());
        Assert.Equal(RunningApp.EmailOf(Roles.Viewer), provenance.GetProperty("account").GetString());
        Assert.Equal(RunningApp.Documents / 5, lines[^1].GetProperty("end").GetProperty("rows").GetInt32());
        Assert.False(lines[^1].GetProperty("end").GetProperty("truncated").GetBoolean());
        var documents = lines[1..^1];
        Assert.Equal(RunningApp.Documents / 5, documents.Count);
        var score = (await app.Store.Scoring.GetScoreAsync(documents[0].GetProperty("document_id").GetString()!))!;
        Assert.Equal(Math.Round(score.Probability, 3), documents[0].GetProperty("risk").GetDouble());
    }

    [Fact]
    public async Task A_network_exports_its_members()
    {
        var detail = (await app.Store.Networks.GetNetworkAsync(app.PhoneNetworkId))!;
        var text = await app.Client.GetStringAsync($"/exports/network.csv?id={app.PhoneNetworkId}");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("# subject: network " + app.PhoneNetworkId, lines[0]);
        Assert.Equal(detail.Members.Select(m => m.Id).Order(), lines[6..^1].Select(l => l.Split(',')[0]).Order());
    }

    [Theory]
    [InlineData("/exports/search.xlsx?q=jade", HttpStatusCode.NotFound)]
    [InlineData("/exports/network.csv?id=n0000000000000000", HttpStatusCode.NotFound)]
    [InlineData("/exports/search.csv?from=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/exports/entity.csv?type=phone", HttpStatusCode.BadRequest)]
    public async Task Bad_export_requests_name_what_is_wrong(string path, HttpStatusCode status)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_need_a_signed_in_reader()
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync("/exports/search.csv?q=jade");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
