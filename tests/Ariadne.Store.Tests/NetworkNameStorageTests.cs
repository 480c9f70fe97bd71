using Ariadne.Core.Networks;
using Ariadne.Store.Ingest;
using Ariadne.Store.Linking;

namespace Ariadne.Store.Tests;

/// <summary>What names a network on the list: its identifier edges counted per value, for a page of networks at once, on both engines.</summary>
public abstract class NetworkNameStorageTests : StoreTestBase
{
    [Fact]
    public async Task Identifier_edges_are_counted_per_network_kind_and_value_and_other_kinds_are_left_out()
    {
        var batch = new IngestBatch { RunId = "run" };
        for (var i = 0; i < 7; i++)
        {
            batch.Documents.Add(TestDocuments.Make("named network ad " + i, title: "Ad " + i));
        }

        await Store.CreateIngestSink().CommitBatchAsync(batch, default);
        var d = batch.Documents.Select(x => x.Id).Order(StringComparer.Ordinal).ToArray();
        static NetworkEdge Edge(string network, string a, string b, string kind, string evidence) => new() { NetworkId = network, DocumentA = a, DocumentB = b, Kind = kind, Evidence = evidence };
        var now = TestDocuments.Noon;
        await Store.Links.ApplyAsync(new NetworkChanges(
        [
            (new Network { Id = "n1", DocumentCount = 5, UpdatedAtUtc = now }, [d[0], d[1], d[2], d[3], d[4]],
             [Edge("n1", d[0], d[1], "phone", "+17135550171"), Edge("n1", d[0], d[2], "phone", "+17135550171"), Edge("n1", d[2], d[3], "email", "kim@example.com"), Edge("n1", d[3], d[4], "photo", "ab12")]),
            (new Network { Id = "n2", DocumentCount = 2, UpdatedAtUtc = now }, [d[5], d[6]], [Edge("n2", d[5], d[6], "text", "near-duplicate text 0.9")]),
        ], [], []));

        var rows = await Store.Networks.CountIdentifierEdgesAsync(["n1", "n2", "n-none"]);

        Assert.Equal([("n1", "email", "kim@example.com", 1), ("n1", "phone", "+17135550171", 2)],
            rows.OrderBy(r => r.NetworkId, StringComparer.Ordinal).ThenBy(r => r.Kind, StringComparer.Ordinal).ToList());
        Assert.Empty(await Store.Networks.CountIdentifierEdgesAsync([]));
    }
}
