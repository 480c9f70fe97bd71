using Ariadne.Linking.Graph;

namespace Ariadne.Linking.Tests;

public sealed class UnionFindTests
{
    [Fact]
    public void Unions_join_sets_and_report_whether_they_were_apart()
    {
        var uf = new UnionFind(6);
        Assert.True(uf.Union(0, 1));
        Assert.True(uf.Union(2, 3));
        Assert.False(uf.Union(1, 0));
        Assert.True(uf.Union(1, 3));
        Assert.Equal(uf.Find(0), uf.Find(2));
        Assert.NotEqual(uf.Find(0), uf.Find(4));
        Assert.Equal(4, uf.SizeOf(3));
        Assert.Equal(1, uf.SizeOf(5));
    }

    [Fact]
    public void A_long_chain_resolves_to_one_root()
    {
        const int n = 100_000;
        var uf = new UnionFind(n);
        for (var i = 1; i < n; i++)
        {
            uf.Union(i - 1, i);
        }

        var root = uf.Find(0);
        for (var i = 0; i < n; i += 997)
        {
            Assert.Equal(root, uf.Find(i));
        }

        Assert.Equal(n, uf.SizeOf(n - 1));
    }
}
