using Ariadne.Analysis.Stages;
using Ariadne.Extraction;

namespace Ariadne.Analysis.Tests.Stages;

/// <summary>The one decision of where a document was posted, from its location field.</summary>
public sealed class PostingCityTests
{
    private static readonly EntityExtractor Extractor = new();

    [Theory]
    [InlineData("Houston, TX", "US", "Houston, US")]
    [InlineData("Melbourne VIC", "AU", "Melbourne, AU")]
    // Names the extractor leaves out of free text (a first name, a word) are places in a location field.
    [InlineData("Paris", "FR", "Paris, FR")]
    [InlineData("Nice", "FR", "Nice, FR")]
    [InlineData("Faro", "PT", "Faro, PT")]
    public void A_field_that_names_a_city_is_placed_at_it(string location, string country, string expected) =>
        Assert.Equal(expected, PostingCity.Of(Extractor, location, country));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Nowhereville Qx")]
    public void A_field_without_a_city_has_no_posting_city(string? location) =>
        Assert.Null(PostingCity.Of(Extractor, location, "US"));
}
