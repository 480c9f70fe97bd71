using Ariadne.Linking.Graph;
using Ariadne.Linking.Networks;

namespace Ariadne.Linking.Tests;

public sealed class NetworkIndicatorsTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static LinkDocument Ad(string id, int day, string city, string phone, string? name = null, int? age = null) => new()
    {
        Id = id,
        PostedUtc = Day0.AddDays(day),
        Cities = [city],
        Names = name is null ? [] : [name],
        Ages = age is null ? [] : [age.Value],
        Identifiers = [new LinkIdentifier(LinkKind.Phone, phone)],
    };

    [Fact]
    public void One_phone_in_three_cities_within_thirty_days_is_a_circuit()
    {
        LinkDocument[] ads =
        [
            Ad("a", 0, "Houston, US", "+12125550101"),
            Ad("b", 9, "Dallas, US", "+12125550101"),
            Ad("c", 20, "Atlanta, US", "+12125550101"),
        ];
        var circuit = Assert.Single(NetworkIndicators.Compute(ads, []), i => i.Id == "circuit");
        Assert.Equal("Phone +12125550101 advertised in 3 cities within 30 days", circuit.Description);
        Assert.Equal("Houston, US → Dallas, US → Atlanta, US between 2026-03-01 and 2026-03-21", circuit.Evidence);
    }

    [Fact]
    public void The_same_three_cities_spread_over_months_are_not_a_circuit()
    {
        LinkDocument[] ads =
        [
            Ad("a", 0, "Houston, US", "+12125550101"),
            Ad("b", 40, "Dallas, US", "+12125550101"),
            Ad("c", 80, "Atlanta, US", "+12125550101"),
        ];
        Assert.DoesNotContain(NetworkIndicators.Compute(ads, []), i => i.Id == "circuit");
    }

    [Fact]
    public void Several_names_and_ages_on_one_phone_are_reported_with_their_values()
    {
        LinkDocument[] ads =
        [
            Ad("a", 0, "Houston, US", "+12125550101", "Jade", 19),
            Ad("b", 1, "Houston, US", "+12125550101", "Rose", 21),
            Ad("c", 2, "Houston, US", "+12125550101", "Mia", 22),
            Ad("d", 3, "Houston, US", "+12125550199", "Lena", 30),
        ];
        var found = NetworkIndicators.Compute(ads, []);
        var names = Assert.Single(found, i => i.Id == "names-per-phone");
        Assert.Equal("Jade, Mia, Rose", names.Evidence);
        var ages = Assert.Single(found, i => i.Id == "ages-per-phone");
        Assert.Equal("19, 21, 22", ages.Evidence);
        Assert.DoesNotContain(found, i => i.Description.Contains("+12125550199", StringComparison.Ordinal));
    }

    [Fact]
    public void Ad_text_copied_under_another_phone_is_reported()
    {
        LinkDocument[] ads =
        [
            Ad("a", 0, "Houston, US", "+12125550101"),
            Ad("b", 1, "Houston, US", "+12125550188"),
        ];
        var edges = new[] { new LinkEdge(10, 11, LinkKind.Text, "near-duplicate text 0.91", 0.91) };
        var copy = Assert.Single(NetworkIndicators.Compute(ads, edges, new Dictionary<int, int> { [10] = 0, [11] = 1 }), i => i.Id == "template-across-phones");
        Assert.Equal("+12125550101, +12125550188", copy.Evidence);
    }
}
