using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Networks;

namespace Ariadne.Scoring.Tests;

public sealed class NetworkFeatureTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 8, 1, 12, 0, 0, TimeSpan.Zero);

    private static ScoringDocument Doc(string id, int day, string city, params ExtractedEntity[] entities) => new()
    {
        Id = id,
        Text = string.Empty,
        Location = city,
        PostedUtc = Day0.AddDays(day),
        Entities = entities,
    };

    private static ExtractedEntity Phone(string e164) => new(EntityType.Phone, e164, 0, 1);

    private static ExtractedEntity Name(string name) => new(EntityType.Name, name, 2, 3);

    private static ExtractedEntity Age(int age) => new(EntityType.Age, age.ToString(System.Globalization.CultureInfo.InvariantCulture), 4, 5);

    private static ExtractedEntity Price(int usd) => new(EntityType.Price, usd.ToString(System.Globalization.CultureInfo.InvariantCulture) + " USD", 6, 7);

    [Fact]
    public void One_phone_across_cities_counts_only_the_cities_within_30_days_and_all_names_and_ages()
    {
        const string p = "+17135550142";
        var source = new IdentifierNetworkFeatureSource(
        [
            Doc("a", 0, "Houston, TX", Phone(p), Name("Mia"), Age(19)),
            Doc("b", 10, "Dallas, TX", Phone(p), Name("Lola"), Age(21)),
            Doc("c", 25, "Austin, TX", Phone(p), Name("Mia"), Age(19)),
            Doc("d", 70, "El Paso, TX", Phone(p), Name("Ruby"), Age(22)),
            Doc("e", 0, "Houston, TX", Phone("+17135550199")),
        ]);

        // a, b, c lie within 30 days of each other; d is 45 days after c.
        Assert.Equal(new NetworkFeatures(4, 3, 3, 3, 1), source.Get("a"));
        Assert.Equal(3, source.Get("c").CitiesPerIdentifier30Days);
        Assert.Equal(1, source.Get("d").CitiesPerIdentifier30Days);
        Assert.Equal(default, source.Get("e"));
        Assert.Equal(default, source.Get("unknown"));
    }

    [Fact]
    public void Documents_sharing_nothing_are_not_linked_and_identifier_types_never_collide()
    {
        var source = new IdentifierNetworkFeatureSource(
        [
            Doc("a", 0, "Lyon", new ExtractedEntity(EntityType.Email, "x@example.com", 0, 1)),
            Doc("b", 0, "Lyon", new ExtractedEntity(EntityType.Handle, "x@example.com", 0, 1)),
        ]);
        Assert.Equal(default, source.Get("a"));
        Assert.Equal(default, source.Get("b"));
    }

    [Fact]
    public void Price_medians_need_five_prices_in_a_place_and_currency()
    {
        var docs = new List<ScoringDocument>();
        for (var i = 0; i < 5; i++)
        {
            docs.Add(Doc("h" + i, i, "Houston, TX", Price(200 + (i * 50))));
        }

        docs.Add(Doc("d0", 0, "Dallas, TX", Price(100)));
        var prices = new CorpusPriceReference(docs);
        Assert.Equal(300, prices.Median("houston, tx", "USD"));
        Assert.Null(prices.Median("Houston, TX", "CAD"));
        Assert.Null(prices.Median("Dallas, TX", "USD"));
    }
}
