using Ariadne.Core.Documents;

namespace Ariadne.Core.Tests.Documents;

public sealed class PostedAtPrecisionTests
{
    [Theory]
    [InlineData("August 22, 2026")]
    [InlineData("2026-08-22")]
    [InlineData("22 August 2026")]
    [InlineData("Aug 22, 2026")]
    [InlineData("8/22/2026")]
    [InlineData("2026/08/22")]
    public void A_written_date_without_a_time_is_date_only(string raw) => Assert.True(PostedAtPrecision.IsDateOnly(raw));

    [Theory]
    [InlineData("2026-08-22T00:00:00Z")]
    [InlineData("2026-08-22 14:30")]
    [InlineData("August 22, 2026 9:15 PM")]
    [InlineData("1787443200")]
    [InlineData("Sat, 22 Aug 2026 10:00:00 GMT")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("next tuesday")]
    public void A_time_a_timestamp_or_no_date_is_not_date_only(string? raw) => Assert.False(PostedAtPrecision.IsDateOnly(raw));

    [Fact]
    public void The_date_of_a_date_only_posting_is_the_written_date_and_none_for_an_instant()
    {
        Assert.True(PostedAtParser.TryParse("August 22, 2026", "US", out var at));
        Assert.Equal(new DateOnly(2026, 8, 22), PostedAtPrecision.DateOf("August 22, 2026", at));
        Assert.Null(PostedAtPrecision.DateOf("2026-08-22T00:00:00Z", at));
        Assert.Null(PostedAtPrecision.DateOf("August 22, 2026", null));
    }
}
