using System.Text;
using System.Xml.Linq;
using Ariadne.Core.Sharing;
using Ariadne.Investigation.Exports;
using Ariadne.Investigation.Exports.Ctdc;
using Ariadne.Investigation.Exports.Entities;
using Ariadne.Investigation.Exports.Graphs;
using Ariadne.Store;
using Ariadne.Testing;
using static Ariadne.Investigation.Tests.Exports.ExportTestStore;

namespace Ariadne.Investigation.Tests.Exports;

/// <summary>The exports over <see cref="ExportTestStore"/>, with every expected number worked out from that store. Runs on both engines.</summary>
public abstract class ExportTests : IAsyncLifetime
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    private TempDirectory Temp { get; } = new();
    private AriadneStore store = null!;

    protected abstract StoreKind Kind { get; }

    public async Task InitializeAsync()
    {
        var location = Kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(Temp.Combine("ariadne.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        store = await AriadneStore.OpenAsync(location);
        await SeedAsync(store);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAndDropAsync();
        Temp.Dispose();
    }

    [Fact]
    public async Task Graphml_of_a_network_has_its_ads_identifiers_and_joining_edges()
    {
        var xml = await GraphMlAsync(ExportScope.ForNetwork(Network));

        var nodes = xml.Descendants(G + "node").ToList();
        var edges = xml.Descendants(G + "edge").ToList();
        // 3 ads + phone, e-mail, handle, wallet; 2 joining edges + 6 mentions (A: phone, handle; B: phone, e-mail; C: e-mail, wallet).
        Assert.Equal(7, nodes.Count);
        Assert.Equal(8, edges.Count);
        Assert.Equal("undirected", xml.Root!.Element(G + "graph")!.Attribute("edgedefault")!.Value);
        Assert.Equal(nodes.Count, nodes.Select(n => n.Attribute("id")!.Value).Distinct().Count());
        Assert.Equal(edges.Count, edges.Select(n => n.Attribute("id")!.Value).Distinct().Count());
        var keys = xml.Root.Elements(G + "key").ToDictionary(k => k.Attribute("attr.name")!.Value + "/" + k.Attribute("for")!.Value, k => k.Attribute("id")!.Value);
        Assert.Equal(["type/node", "label/node", "value/node", "posted_at/node", "location/node", "risk/node", "network/node", "kind/edge", "reason/edge", "similarity/edge"], keys.Keys);

        var a = nodes.Single(n => Data(n, keys["value/node"]) == A);
        Assert.Equal("ad", Data(a, keys["type/node"]));
        Assert.Equal("2026-03-01T12:00:00Z", Data(a, keys["posted_at/node"]));
        Assert.Equal("Houston, TX", Data(a, keys["location/node"]));
        Assert.Equal("0.7", Data(a, keys["risk/node"]));
        Assert.Equal(Network, Data(a, keys["network/node"]));
        // Control characters dropped, markup kept as text (escaped on the wire, restored by the parser).
        Assert.Equal("Mia <b>\"new\"</b> & friends  =cmd|' /C calc'!A0", Data(a, keys["label/node"]));
        var c = nodes.Single(n => Data(n, keys["value/node"]) == C);
        Assert.Equal(C, Data(c, keys["label/node"]));
        Assert.Null(Data(c, keys["risk/node"]));

        Assert.Equal(["crypto", "email", "handle", "phone"], nodes.Select(n => Data(n, keys["type/node"])).Where(t => t != "ad").Order(StringComparer.Ordinal));
        var text = edges.Single(e => Data(e, keys["kind/edge"]) == "text");
        Assert.Equal("near-duplicate text 0.83", Data(text, keys["reason/edge"]));
        Assert.Equal("0.83", Data(text, keys["similarity/edge"]));
        var phoneJoin = edges.Single(e => Data(e, keys["kind/edge"]) == "phone");
        Assert.Equal(Phone, Data(phoneJoin, keys["reason/edge"]));
        Assert.Equal(a.Attribute("id")!.Value, phoneJoin.Attribute("source")!.Value);
        Assert.Equal(6, edges.Count(e => Data(e, keys["kind/edge"]) == "mentions"));
        var ids = nodes.Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains(e.Attribute("source")!.Value) && ids.Contains(e.Attribute("target")!.Value)));
    }

    [Fact]
    public async Task Graphml_of_a_document_set_keeps_only_edges_inside_the_set_and_is_deterministic()
    {
        var scope = ExportScope.ForDocuments([D, C, A, A, "d-not-in-store"]);
        var xml = await GraphMlAsync(scope);

        // A, C, D + A's phone and handle, C's e-mail and wallet, D's phone; both joining edges need B, so only 5 mentions.
        Assert.Equal(8, xml.Descendants(G + "node").Count());
        var edges = xml.Descendants(G + "edge").ToList();
        Assert.Equal(5, edges.Count);
        Assert.All(edges, e => Assert.Equal("mentions", e.Elements(G + "data").Single(d => d.Attribute("key")!.Value == "d7").Value));
        Assert.Equal(await GraphMlBytesAsync(scope), await GraphMlBytesAsync(ExportScope.ForDocuments([A, C, D])));
    }

    [Fact]
    public async Task An_unknown_network_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<UnknownNetworkException>(() => new ExportGraphReader(store).ReadAsync(ExportScope.ForNetwork("n-missing")));
        Assert.Contains("no network 'n-missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_csv_counts_documents_and_dates_per_entity()
    {
        using var output = new MemoryStream();
        await new EntityCsvExporter(store).WriteAsync(ExportScope.ForNetwork(Network), output);

        var expected = string.Join("\r\n",
            "type,value,documents,first_seen,last_seen",
            "phone,'+15555550101,2,2026-03-01T12:00:00Z,2026-03-05T09:30:00Z",
            "email,mia.rose@example.com,2,2026-03-05T09:30:00Z,2026-03-09T18:00:00Z",
            "handle,telegram:mia_rose_x,1,2026-03-01T12:00:00Z,2026-03-01T12:00:00Z",
            "crypto,btc:1BoatSLRtMSyjtkBaUEpkhxuUkmqVWF6z,1,2026-03-09T18:00:00Z,2026-03-09T18:00:00Z",
            "age,19,2,2026-03-01T12:00:00Z,2026-03-09T18:00:00Z",
            "age,21,1,2026-03-05T09:30:00Z,2026-03-05T09:30:00Z",
            "location,\"Dallas, US\",1,2026-03-05T09:30:00Z,2026-03-05T09:30:00Z",
            "location,\"Houston, US\",2,2026-03-01T12:00:00Z,2026-03-09T18:00:00Z") + "\r\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task Ctdc_export_of_the_store_matches_the_hand_computed_recoding_and_leaks_no_identifier()
    {
        // k = 2, no budget. Level 0 classes: (18-20, Houston, 2026-03) ×2 [A, C], (21-23, Dallas) ×1 [B], (unknown, "unknown, US",
        // 2026-04) ×1 [D]. Age and location tie at 3 values → age to minor/adult; location (3) → country; age and posted tie
        // at 2 → age to *; posted (2) → year: one class (*, US, 2026, ad) of 4.
        using var output = new MemoryStream();
        var report = await new CtdcExporter(store).ExportAsync(ExportScope.WholeStore, new KAnonymityOptions { K = 2, MaxSuppression = 0 }, CtdcFormat.Csv, output);

        Assert.Equal((4, 4, 0), (report.RecordsIn, report.RecordsOut, report.Suppressed));
        Assert.Equal(new Dictionary<string, string> { ["age"] = "*", ["location"] = "country", ["posted"] = "year", ["kind"] = "kind" }, report.Levels);
        var csv = Encoding.UTF8.GetString(output.ToArray());
        var expected = string.Join("\r\n",
            "age_band,location,posted,kind,risk_band,indicator_categories,network_size_band",
            "*,US,2026,ad,high,restricted-freedom;third-party,2-5",
            "*,US,2026,ad,medium,payment-control,2-5",
            "*,US,2026,ad,unscored,,1",
            "*,US,2026,ad,unscored,,2-5") + "\r\n";
        Assert.Equal(expected, csv);
        AssertNoDirectIdentifier(output.ToArray());
    }

    [Fact]
    public async Task Ctdc_export_of_a_network_as_json_with_the_default_k_suppresses_everything()
    {
        using var output = new MemoryStream();
        var report = await new CtdcExporter(store).ExportAsync(ExportScope.ForNetwork(Network), new KAnonymityOptions(), CtdcFormat.Json, output);

        // Three records can never form a class of 11: every attribute climbs to "*" and all three are dropped.
        Assert.Equal((3, 0, 3), (report.RecordsIn, report.RecordsOut, report.Suppressed));
        Assert.Equal("[]", Encoding.UTF8.GetString(output.ToArray()).Trim());
    }

    [Fact]
    public async Task Ctdc_refuses_k_below_two()
    {
        using var output = new MemoryStream();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new CtdcExporter(store).ExportAsync(ExportScope.WholeStore, new KAnonymityOptions { K = 1 }, CtdcFormat.Csv, output));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Ctdc_writer_refuses_rows_that_fail_the_check()
    {
        var row = new SharedRecord("adult", "US", "2026", "ad", "low", string.Empty, "1");
        var result = new AnonymisationResult([row], new AnonymisationReport(1, 1, 0, 2, 0, new Dictionary<string, string>()));
        using var output = new MemoryStream();

        Assert.Throws<InvalidOperationException>(() => CtdcExporter.Write(result, 2, CtdcFormat.Csv, output));
        Assert.Equal(0, output.Length);
    }

    internal static void AssertNoDirectIdentifier(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var secret in new[] { A, B, C, D, Phone, OtherPhone, "555", Email, "example.com", "mia", "Mia", Wallet, "Houston", "Dallas", "https://", "2026-03-01", "12:00" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    private async Task<XDocument> GraphMlAsync(ExportScope scope) => XDocument.Parse(Encoding.UTF8.GetString(await GraphMlBytesAsync(scope)));

    private async Task<byte[]> GraphMlBytesAsync(ExportScope scope)
    {
        var graph = await new ExportGraphReader(store).ReadAsync(scope);
        using var output = new MemoryStream();
        GraphMlWriter.Write(graph, output);
        return output.ToArray();
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => d.Attribute("key")!.Value == key)?.Value;
}
