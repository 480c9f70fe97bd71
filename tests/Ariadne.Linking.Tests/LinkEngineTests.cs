using System.Globalization;
using Ariadne.Linking.Graph;

namespace Ariadne.Linking.Tests;

public sealed class LinkEngineTests
{
    private static readonly LinkOptions IdentifiersOnly = new() { Kinds = new HashSet<LinkKind> { LinkKind.Phone, LinkKind.Email, LinkKind.Handle, LinkKind.Wallet, LinkKind.Photo } };

    private static LinkDocument Doc(string id, params (LinkKind Kind, string Value)[] identifiers) =>
        new() { Id = id, Text = string.Empty, Identifiers = [.. identifiers.Select(i => new LinkIdentifier(i.Kind, i.Value))] };

    [Fact]
    public void Shared_identifiers_join_documents_and_each_join_keeps_its_evidence()
    {
        LinkDocument[] docs =
        [
            Doc("a", (LinkKind.Phone, "+15555550101")),
            Doc("b", (LinkKind.Phone, "+15555550101"), (LinkKind.Email, "jade@example.com")),
            Doc("c", (LinkKind.Email, "jade@example.com")),
            Doc("d", (LinkKind.Phone, "+15555550199")),
        ];
        var result = LinkEngine.Link(docs, IdentifiersOnly);
        Assert.Equal(2, result.ComponentCount);
        Assert.Equal(result.ComponentOf[0], result.ComponentOf[2]);
        Assert.NotEqual(result.ComponentOf[0], result.ComponentOf[3]);
        Assert.Equal(2, result.Edges.Count);
        Assert.Contains(result.Edges, e => e.Kind == LinkKind.Phone && e.Evidence == "+15555550101");
        Assert.Contains(result.Edges, e => e.Kind == LinkKind.Email && e.Evidence == "jade@example.com");
    }

    [Fact]
    public void A_support_number_across_many_independent_posters_is_a_hub_not_a_network()
    {
        var docs = new List<LinkDocument>();
        for (var poster = 0; poster < 30; poster++)
        {
            // Each poster: own phone on two ads, plus the platform's support line on both.
            var own = "+1555555" + (1000 + poster).ToString(CultureInfo.InvariantCulture);
            docs.Add(Doc($"p{poster}-1", (LinkKind.Phone, own), (LinkKind.Phone, "+15555550000")));
            docs.Add(Doc($"p{poster}-2", (LinkKind.Phone, own), (LinkKind.Phone, "+15555550000")));
        }

        var result = LinkEngine.Link(docs, IdentifiersOnly);
        Assert.Equal(30, result.ComponentCount);
        var hub = Assert.Single(result.Hubs);
        Assert.Equal("+15555550000", hub.Value);
        Assert.Equal(60, hub.Documents);
        Assert.Equal(30, hub.Groups);
        Assert.Contains("otherwise unrelated posters", hub.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_controller_phone_over_a_few_personas_still_links_them()
    {
        var docs = new List<LinkDocument>();
        for (var persona = 0; persona < 4; persona++)
        {
            for (var ad = 0; ad < 10; ad++)
            {
                docs.Add(Doc($"h{persona}-{ad}", (LinkKind.Handle, "instagram:persona" + persona.ToString(CultureInfo.InvariantCulture)), (LinkKind.Phone, "+15555550123")));
            }
        }

        var result = LinkEngine.Link(docs, IdentifiersOnly);
        Assert.Equal(1, result.ComponentCount);
        Assert.Empty(result.Hubs);
    }

    [Fact]
    public void A_document_without_identifiers_joins_the_ads_whose_text_it_copies()
    {
        const string template = "Sweet new girl in town tonight only, upscale discreet companion for generous gentlemen, incall and outcall available, no rush no games, real pictures guaranteed, ask for {0} and book now, deposit required before meeting, serious clients only please";
        var docs = new List<LinkDocument>
        {
            new() { Id = "x1", Text = string.Format(CultureInfo.InvariantCulture, template, "Jade"), Identifiers = [new(LinkKind.Phone, "+15555550111")] },
            new() { Id = "x2", Text = string.Format(CultureInfo.InvariantCulture, template, "Jade"), Identifiers = [new(LinkKind.Phone, "+15555550111")] },
            new() { Id = "x3", Text = string.Format(CultureInfo.InvariantCulture, template, "Rose") },
            new() { Id = "y1", Text = "Completely different words about a quiet weekend by the lake with friends, fishing, reading and long walks in the forest every single morning before breakfast", Identifiers = [new(LinkKind.Phone, "+15555550122")] },
        };
        // Near-duplicate text alone (template linking would join the copy too, with a template edge).
        var result = LinkEngine.Link(docs, new LinkOptions { Kinds = LinkOptions.AllKinds.Where(k => k != LinkKind.Template).ToHashSet() });
        Assert.Equal(result.ComponentOf[0], result.ComponentOf[2]);
        Assert.NotEqual(result.ComponentOf[0], result.ComponentOf[3]);
        var text = Assert.Single(result.Edges, e => e.Kind == LinkKind.Text);
        Assert.InRange(text.Similarity, 0.7, 1.0);
        Assert.StartsWith("near-duplicate text", text.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Boilerplate_copied_by_many_separate_identities_does_not_merge_them()
    {
        const string footer = "Verified agency, licensed and discreet, all models over twenty one, elegant companions for dinners and events in the city, bookings by phone or email, rates on request, discretion guaranteed for every client";
        var docs = new List<LinkDocument>();
        for (var agency = 0; agency < 5; agency++)
        {
            for (var ad = 0; ad < 3; ad++)
            {
                docs.Add(new LinkDocument
                {
                    Id = $"a{agency}-{ad}",
                    Text = footer,
                    Identifiers = [new(LinkKind.Phone, "+1555555020" + agency.ToString(CultureInfo.InvariantCulture))],
                });
            }
        }

        var result = LinkEngine.Link(docs, new LinkOptions());
        Assert.Equal(5, result.ComponentCount);
        Assert.Contains(result.Hubs, h => h.Kind == LinkKind.Text && h.Groups == 5);
        Assert.DoesNotContain(result.Edges, e => e.Kind == LinkKind.Text);
    }
}
