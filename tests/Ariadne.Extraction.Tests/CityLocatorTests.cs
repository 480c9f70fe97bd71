using Ariadne.Extraction.Locations;

namespace Ariadne.Extraction.Tests;

public sealed class CityLocatorTests
{
    [Theory]
    [InlineData("Houston, TX", "US", "Houston", "US", 29.76, -95.36)]
    [InlineData("Porto", "PT", "Porto", "PT", 41.15, -8.61)]
    [InlineData("Melbourne VIC", "AU", "Melbourne", "AU", -37.81, 144.96)]
    [InlineData("Montréal", "CA", "Montreal", "CA", 45.51, -73.59)]
    [InlineData("Melbourne", "US", "Melbourne", "US", 28.08, -80.61)]
    public void Places_a_location_near_its_real_coordinates(string text, string country, string name, string expectedCountry, double lat, double lon)
    {
        Assert.True(CityLocator.TryLocate(text, country, out var place));

        Assert.Equal(name, place.Name);
        Assert.Equal(expectedCountry, place.Country);
        Assert.InRange(place.Latitude, lat - 0.2, lat + 0.2);
        Assert.InRange(place.Longitude, lon - 0.2, lon + 0.2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Qwxzplk")]
    public void Unknown_or_empty_locations_are_not_placed(string? text) => Assert.False(CityLocator.TryLocate(text, "US", out _));
}
