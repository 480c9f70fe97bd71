using System.Globalization;
using Ariadne.Linking.Graph;

namespace Ariadne.Linking.Tests;

/// <summary>Template linking (rare phrases across identities) on hand-built documents with known answers.</summary>
public sealed class TemplateLinkingTests
{
    private static readonly LinkOptions TemplateOnly = new() { Kinds = new HashSet<LinkKind> { LinkKind.Phone, LinkKind.Template } };

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    // One controller's template: distinctive sentences, slots for name, age, city and price.
    private static readonly string[] Template =
    [
        "Sweetest honey girl {0} just landed in {1} for a short holiday",
        "I am {2} years young with a smile that melts every grumpy heart",
        "Private cozy apartment near the old train yard with free parking",
        "Roses {3} for the half and {4} for the full hour no rushing ever",
        "Text me first and say the magic word butterfly so I know you are real",
        "No drama no games just pure sunshine and a gentle soul",
    ];

    private static string Write(int variant, string name, string city, int age)
    {
        // Per-ad noise: one sentence dropped, the order rotated.
        var sentences = Template.Select((t, i) => string.Format(CultureInfo.InvariantCulture, t, name, city, age, 100 + variant, 180 + variant))
            .Where((_, i) => i != variant % Template.Length).ToList();
        var rotated = sentences.Skip(variant % sentences.Count).Concat(sentences.Take(variant % sentences.Count));
        return string.Join(". ", rotated) + ".";
    }

    private static LinkDocument Ad(string id, string text, string phone, int day, params string[] names) => new()
    {
        Id = id,
        Text = text,
        PostedUtc = Start.AddDays(day),
        Identifiers = [new LinkIdentifier(LinkKind.Phone, phone)],
        Names = names,
    };

    private static LinkDocument InLeeds(string id, string text, string phone, int day) => new()
    {
        Id = id,
        Text = text,
        PostedUtc = Start.AddDays(day),
        Identifiers = [new LinkIdentifier(LinkKind.Phone, phone)],
        Cities = ["Leeds, GB"],
    };

    [Fact]
    public void A_network_writing_one_template_under_successive_phones_is_joined_with_explained_template_edges()
    {
        var docs = new List<LinkDocument>();
        string[] phones = ["+17135550101", "+17135550102", "+17135550103"];
        for (var era = 0; era < phones.Length; era++)
        {
            for (var ad = 0; ad < 4; ad++)
            {
                var n = (era * 4) + ad;
                docs.Add(Ad($"e{era}-{ad}", Write(n, "Jasmine", "Houston", 22), phones[era], (era * 20) + (ad * 4), "Jasmine"));
            }
        }

        var result = LinkEngine.Link(docs, TemplateOnly);
        Assert.Equal(1, result.ComponentCount);
        var template = result.Edges.Where(e => e.Kind == LinkKind.Template).ToList();
        Assert.Equal(2, template.Count);
        Assert.All(template, e =>
        {
            Assert.NotEqual(docs[e.A].Identifiers[0].Value, docs[e.B].Identifiers[0].Value);
            Assert.StartsWith("shared template: ", e.Evidence, StringComparison.Ordinal);
            Assert.InRange(e.Similarity, 0.3, 1.0);
        });
    }

    [Fact]
    public void A_stock_text_copied_by_many_posters_links_none_of_them()
    {
        var docs = new List<LinkDocument>();
        for (var poster = 0; poster < 12; poster++)
        {
            var phone = "+1713555" + (1000 + poster).ToString(CultureInfo.InvariantCulture);
            // Posters follow each other in time and share a name: only the text's popularity keeps them apart.
            docs.Add(Ad($"p{poster}-a", Write(poster, "Mia", "Houston", 25), phone, poster * 10, "Mia"));
            docs.Add(Ad($"p{poster}-b", Write(poster + 1, "Mia", "Houston", 25), phone, (poster * 10) + 2, "Mia"));
        }

        var result = LinkEngine.Link(docs, TemplateOnly);
        Assert.Equal(12, result.ComponentCount);
        Assert.DoesNotContain(result.Edges, e => e.Kind == LinkKind.Template);
    }

    [Fact]
    public void Posters_sharing_a_template_under_other_names_or_nameless_side_by_side_stay_apart()
    {
        var docs = new List<LinkDocument>();
        for (var ad = 0; ad < 5; ad++)
        {
            // Two nameless phones in one city over the same weeks (side by side), and a third later under other names.
            docs.Add(InLeeds($"x{ad}", Write(ad, "Lola", "Leeds", 23), "+447700900101", ad * 6));
            docs.Add(InLeeds($"y{ad}", Write(ad + 2, "Lola", "Leeds", 23), "+447700900102", (ad * 6) + 1));
            docs.Add(Ad($"z{ad}", Write(ad + 3, "Nina", "Leeds", 23), "+447700900103", 60 + (ad * 6), "Nina"));
            docs.Add(Ad($"w{ad}", Write(ad + 4, "Lola", "Leeds", 23), "+447700900104", 120 + (ad * 6), "Lola", "Mia"));
        }

        var result = LinkEngine.Link(docs, TemplateOnly with { CollectTemplateCandidates = true });
        Assert.Equal(4, result.ComponentCount);
        var decisions = result.TemplateCandidates.Where(c => c.Shared >= TemplateOnly.TemplateMinShared).Select(c => c.Decision).ToHashSet();
        Assert.Contains("unlike: side by side in time", decisions);
        Assert.Contains("unlike: other names", decisions);
        Assert.DoesNotContain("joined", decisions);
    }

    [Fact]
    public void An_ad_without_contact_joins_the_one_identity_it_copies_and_not_two()
    {
        var docs = new List<LinkDocument>
        {
            Ad("a1", Write(1, "Jade", "Perth", 24), "+61491570101", 0, "Jade"),
            Ad("a2", Write(2, "Jade", "Perth", 24), "+61491570101", 3, "Jade"),
            new() { Id = "loose", Text = Write(3, "Jade", "Perth", 24), PostedUtc = Start.AddDays(5), Names = ["Jade"] },
        };
        var result = LinkEngine.Link(docs, TemplateOnly);
        Assert.Equal(1, result.ComponentCount);

        // A copy naming nobody, between two identities that copy the template equally but are not one network (other
        // persona names): ambiguous, it stays alone and the identities stay apart.
        List<LinkDocument> two =
        [
            docs[0], docs[1],
            new() { Id = "loose", Text = Write(3, "Jade", "Perth", 24), PostedUtc = Start.AddDays(5) },
            Ad("b1", Write(4, "Mia", "Perth", 24), "+61491570102", 90, "Mia"),
            Ad("b2", Write(5, "Mia", "Perth", 24), "+61491570102", 93, "Mia"),
        ];
        var twice = LinkEngine.Link(two, TemplateOnly with { CollectTemplateCandidates = true });
        Assert.Equal(3, twice.ComponentCount);
        Assert.Contains(twice.TemplateCandidates, c => c.Decision == "ambiguous");
    }
}
