using Ariadne.Investigation.Exports.Ctdc;

namespace Ariadne.Investigation.Tests.Exports;

public sealed class CtdcCountryTests
{
    [Theory]
    [InlineData("us", "Houston, TX", "US")]
    [InlineData(null, "Lisbon, PT", "PT")]
    [InlineData(null, "Houston, TX", null)]
    [InlineData(null, "Lisbon", null)]
    [InlineData(null, null, null)]
    public void The_country_is_the_documents_own_else_a_known_country_code_after_the_city(string? country, string? location, string? expected)
    {
        Assert.Equal(expected, CtdcRecordReader.CountryOf(country, location));
    }
}
