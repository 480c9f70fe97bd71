using Ariadne.Web.Maps;

namespace Ariadne.Web.Tests;

public sealed class MovementBuilderTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Consecutive_posts_in_one_city_are_one_visit_and_a_return_is_a_new_visit()
    {
        var movement = MovementBuilder.Build(
        [
            new PlacedPost("Dallas, TX", "US", Day.AddDays(2)),
            new PlacedPost("Houston, TX", "US", Day),
            new PlacedPost("Houston", "US", Day.AddDays(1)),
            new PlacedPost("Houston, TX", "US", Day.AddDays(5)),
            new PlacedPost("Nowhereville Qx", "US", Day.AddDays(3)),
            new PlacedPost("Dallas, TX", "US", null),
        ]);

        Assert.Equal(["Houston, US", "Dallas, US", "Houston, US"], movement.Visits.Select(v => v.Place));
        Assert.Equal([2, 1, 1], movement.Visits.Select(v => v.Posts));
        Assert.Equal((Day, Day.AddDays(1)), (movement.Visits[0].First, movement.Visits[0].Last));
        Assert.Equal([("Dallas, US", 1), ("Houston, US", 3)], movement.Places.Select(p => (p.Key, p.Posts)));
        Assert.Equal(2, movement.Unplaced);
    }

    [Fact]
    public void No_posts_make_an_empty_movement() =>
        Assert.Equal((0, 0, 0), (MovementBuilder.Build([]).Places.Count, MovementBuilder.Build([]).Visits.Count, MovementBuilder.Build([]).Unplaced));
}
