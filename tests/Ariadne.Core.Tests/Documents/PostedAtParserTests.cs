using Ariadne.Core.Documents;

namespace Ariadne.Core.Tests.Documents;

public sealed class PostedAtParserTests
{
    [Theory]
    [InlineData("2026-03-01T12:00:00Z", null, "2026-03-01T12:00:00Z")]
    [InlineData("2026-03-01T12:00:00.123Z", null, "2026-03-01T12:00:00.123Z")]
    [InlineData("2026-03-01T07:00:00-05:00", null, "2026-03-01T12:00:00Z")]
    [InlineData("2026-03-01 12:00", null, "2026-03-01T12:00:00Z")]
    [InlineData("2026-03-01", null, "2026-03-01T00:00:00Z")]
    [InlineData("2026/03/01 12:00", null, "2026-03-01T12:00:00Z")]
    [InlineData("March 1, 2026", null, "2026-03-01T00:00:00Z")]
    [InlineData("Mar 1, 2026 3:30 PM", null, "2026-03-01T15:30:00Z")]
    [InlineData("1 March 2026", null, "2026-03-01T00:00:00Z")]
    [InlineData("Sun, 01 Mar 2026 12:00:00 GMT", null, "2026-03-01T12:00:00Z")]
    [InlineData("03/04/2026", "US", "2026-03-04T00:00:00Z")]
    [InlineData("03/04/2026", "GB", "2026-04-03T00:00:00Z")]
    [InlineData("03/04/2026", null, "2026-03-04T00:00:00Z")]
    [InlineData("25/12/2026", "US", "2026-12-25T00:00:00Z")]
    [InlineData("1772366400", null, "2026-03-01T12:00:00Z")]
    [InlineData("1772366400000", null, "2026-03-01T12:00:00Z")]
    public void Parses_common_forms_to_utc(string text, string? country, string expected)
    {
        Assert.True(PostedAtParser.TryParse(text, country, out var utc));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("2026-13-45")]
    [InlineData("1850-01-01")]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    public void Rejects_what_is_not_a_plausible_date(string? text)
    {
        Assert.False(PostedAtParser.TryParse(text, null, out _));
    }

    [Fact]
    public void Never_throws_on_random_text()
    {
        var random = new Random(12345);
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0xFFFF);
            }

            _ = PostedAtParser.TryParse(new string(chars), i % 2 == 0 ? "US" : "FR", out _);
        }
    }
}
