using Ariadne.Extraction;
using Ariadne.Scoring.Matching;

namespace Ariadne.Scoring.Tests;

public sealed class IndicatorEngineTests
{
    private static readonly EntityExtractor Extractor = new();

    [Fact]
    public void Hits_carry_utf16_spans_of_the_words_that_fired_and_plain_explanations()
    {
        const string text = "Élodie 🌸 est là. Toute nouvelle, première fois ici. Appelez mon manager.";
        var hits = IndicatorEngine.Default.Match(text, Extractor.Extract(text));
        // "mon manager" inside "Appelez mon manager" is not reported twice.
        Assert.Equal(["youth.coded-terms", "youth.coded-terms", "third-party.control"], hits.Select(h => h.Rule.Id));
        Assert.Equal("Toute nouvelle", text[hits[0].Start..hits[0].End]);
        Assert.Equal("première fois ici", text[hits[1].Start..hits[1].End]);
        Assert.Equal("Appelez mon manager", text[hits[2].Start..hits[2].End]);
        Assert.Contains("Wording: \"Toute nouvelle\"", hits[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wallet_placeholder_matches_whatever_address_was_extracted()
    {
        const string text = "Deposit by bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq only.";
        var hits = IndicatorEngine.Default.Match(text, Extractor.Extract(text));
        var hit = Assert.Single(hits, h => h.Rule.Id == "payment.control" && h.Start == 0);
        Assert.Equal(text.Length - 1, hits.Max(h => h.End));
        Assert.Equal("payment-control", hit.Rule.Category);
    }

    [Fact]
    public void Partial_words_do_not_match()
    {
        const string text = "The canteen serves my girlfriends daily.";
        Assert.Empty(IndicatorEngine.Default.Match(text, Extractor.Extract(text)));
    }
}
