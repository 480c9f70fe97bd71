using Ariadne.Linking.Networks;

namespace Ariadne.Linking.Tests;

public sealed class NetworkIdsTests
{
    [Fact]
    public void Fresh_ids_are_deterministic_and_depend_on_the_smallest_member()
    {
        var id = NetworkIds.Fresh(["d3", "d1", "d2"]);
        Assert.Equal(id, NetworkIds.Fresh(["d1", "d9"]));
        Assert.NotEqual(id, NetworkIds.Fresh(["d2", "d3"]));
        Assert.Matches("^n[0-9a-f]{16}$", id);
    }

    [Fact]
    public void A_growing_network_keeps_its_id_and_a_merge_keeps_the_larger_parts_id()
    {
        var previous = new Dictionary<string, string>
        {
            ["a1"] = "nA",
            ["a2"] = "nA",
            ["a3"] = "nA",
            ["b1"] = "nB",
            ["b2"] = "nB",
            ["c1"] = "nC",
        };
        IReadOnlyList<string>[] components =
        [
            ["a1", "a2", "a3", "b1", "b2", "new1"], // A (3) and B (2) merge: A's id survives
            ["c1", "new2"],                          // C grows: keeps its id
            ["new3", "new4"],                        // brand new
        ];
        var ids = NetworkIds.Assign(components, previous);
        Assert.Equal("nA", ids[0]);
        Assert.Equal("nC", ids[1]);
        Assert.Equal(NetworkIds.Fresh(["new3", "new4"]), ids[2]);
    }

    [Fact]
    public void A_split_leaves_the_id_with_the_larger_part()
    {
        var previous = new Dictionary<string, string> { ["x1"] = "nX", ["x2"] = "nX", ["x3"] = "nX" };
        var ids = NetworkIds.Assign([["x3"], ["x1", "x2"]], previous);
        Assert.Equal("nX", ids[1]);
        Assert.NotEqual("nX", ids[0]);
    }
}
