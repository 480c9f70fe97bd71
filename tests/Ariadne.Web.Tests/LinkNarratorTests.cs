using Ariadne.Linking.Networks;
using Ariadne.Web.Networks;

namespace Ariadne.Web.Tests;

public sealed class LinkNarratorTests
{
    [Fact]
    public void A_chain_reads_as_one_plain_sentence_per_hop()
    {
        LinkStep[] edges =
        [
            new("a", "b", "phone", "+17135550142", 0),
            new("c", "b", "text", "near-duplicate text 0.83", 0.83),
            new("c", "d", "photo", "f0e1d2c3b4a5968778695a4b3c2d1e0f", 0),
        ];
        var chain = LinkExplainer.Explain(edges, "a", "d")!;

        var sentences = LinkNarrator.Narrate(chain, id => "“Ad " + id.ToUpperInvariant() + "”");

        Assert.Equal(
        [
            "Ad “Ad A” shares phone +17135550142 with ad “Ad B”",
            "ad “Ad B” is a near-duplicate (0.83) of ad “Ad C”",
            "ad “Ad C” shows the same photo (PDQ group f0e1d2c3b4a5…) as ad “Ad D”",
        ], sentences);
    }

    [Fact]
    public void An_ad_is_named_by_title_short_id_and_posting_day_in_utc()
    {
        var at = new DateTimeOffset(2026, 8, 22, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal("“Sweet Camila” (d1a2b3c4…, 22 Aug 2026)", AdName.Of("d1a2b3c4d5e6f708192a3b4c", "Sweet Camila ", at));
        Assert.Equal("“(untitled)” (d1a2b3c4…)", AdName.Of("d1a2b3c4d5e6f708192a3b4c", null, null));
        Assert.Equal("“Late” (d00…, 22 Aug 2026)", AdName.Of("d00…", "Late", new DateTimeOffset(2026, 8, 21, 23, 30, 0, TimeSpan.FromHours(-1))));
    }

    [Fact]
    public void Wallets_and_emails_name_their_evidence()
    {
        Assert.Equal("shares wallet btc:bc1q with", LinkNarrator.Describe("wallet", "btc:bc1q", 0));
        Assert.Equal("shares email jade@example.com with", LinkNarrator.Describe("email", "jade@example.com", 0));
    }

    [Fact]
    public void A_template_edge_says_what_the_two_ads_share()
    {
        const string evidence = "shared template: 23 rare phrases between their posters; these two ads have 17 phrases in common";
        Assert.Equal("writes from the same template (" + evidence + ") as", LinkNarrator.Describe("template", evidence, 0.42));
    }
}
