using Ariadne.Core.Sharing;

namespace Ariadne.Core.Tests.Sharing;

public sealed class HierarchiesTests
{
    [Theory]
    [InlineData(0, "0-8")]
    [InlineData(8, "0-8")]
    [InlineData(9, "9-17")]
    [InlineData(17, "9-17")]
    [InlineData(18, "18-20")]
    [InlineData(21, "21-23")]
    [InlineData(24, "24-26")]
    [InlineData(29, "27-29")]
    [InlineData(30, "30-38")]
    [InlineData(39, "39-47")]
    [InlineData(47, "39-47")]
    [InlineData(48, "48+")]
    [InlineData(90, "48+")]
    public void Ages_fall_in_the_ctdc_bands(int age, string band) => Assert.Equal(band, Hierarchies.AgeBand(age));

    [Fact]
    public void Each_hierarchy_climbs_to_the_suppressed_value()
    {
        var posted = new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.FromHours(-5));
        Assert.Equal(["9-17", "minor", "*"], Enumerable.Range(0, 3).Select(l => Hierarchies.Age(16, l)));
        Assert.Equal(["Montreal, CA", "CA", "Americas", "*"], Enumerable.Range(0, 4).Select(l => Hierarchies.Location("Montreal, CA", "ca", l)));
        // 23:30 at UTC−5 is April in UTC: months are UTC months.
        Assert.Equal(["2026-04", "2026", "*"], Enumerable.Range(0, 3).Select(l => Hierarchies.Posted(posted, l)));
        Assert.Equal(["chat", "*"], Enumerable.Range(0, 2).Select(l => Hierarchies.Kind("chat", l)));
        Assert.Equal("unknown, PT", Hierarchies.Location(null, "PT", 0));
    }

    [Theory]
    [InlineData("US", "Americas")]
    [InlineData("br", "Americas")]
    [InlineData("PT", "Europe")]
    [InlineData("RU", "Europe")]
    [InlineData("TR", "Asia")]
    [InlineData("CY", "Asia")]
    [InlineData("NG", "Africa")]
    [InlineData("EG", "Africa")]
    [InlineData("AU", "Oceania")]
    [InlineData("FJ", "Oceania")]
    public void Countries_map_to_their_m49_region(string code, string region) => Assert.Equal(region, UnM49Regions.RegionOf(code));

    [Fact]
    public void Codes_without_a_region_are_unknown() => Assert.Null(UnM49Regions.RegionOf("AQ"));
}
