using Ariadne.Web.Networks;

namespace Ariadne.Web.Tests;

public sealed class NetworkCursorTests
{
    [Fact]
    public void A_cursor_round_trips_and_garbage_means_the_first_page()
    {
        Assert.Equal((12, "n00ab"), NetworkCursor.Parse(NetworkCursor.Format(12, "n00ab")));
        Assert.Null(NetworkCursor.Parse(null));
        Assert.Null(NetworkCursor.Parse("abc"));
        Assert.Null(NetworkCursor.Parse("12-"));
        Assert.Null(NetworkCursor.Parse("-5-n1"));
    }
}
