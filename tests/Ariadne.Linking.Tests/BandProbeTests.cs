using System.Globalization;
using Ariadne.Linking.Text;

namespace Ariadne.Linking.Tests;

/// <summary>
/// The incremental LSH probe must pair a new document with exactly the documents a full run's banding would pair it
/// with: all pairs in small buckets, the same id-order window in large ones.
/// </summary>
public sealed class BandProbeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Probe_pairs_equal_the_full_banding_pairs_that_involve_a_new_document(int seed)
    {
        var random = new Random(seed);
        const int Width = 64;
        var matrix = new SignatureMatrix(700, Width);
        var row = 0;
        // Families of copies with a few values changed (so only some bands agree), then one boilerplate block of 120
        // identical signatures (a bucket far above the all-pairs limit), then singletons.
        while (row < 500)
        {
            var size = random.Next(1, 12);
            var family = Enumerable.Range(0, Width).Select(_ => (uint)random.Next()).ToArray();
            for (var k = 0; k < size && row < 500; k++, row++)
            {
                family.CopyTo(matrix.Row(row));
                for (var change = random.Next(0, 30); change > 0; change--)
                {
                    matrix.Row(row)[random.Next(Width)] = (uint)random.Next();
                }
            }
        }

        var boilerplate = Enumerable.Range(0, Width).Select(_ => (uint)random.Next()).ToArray();
        for (; row < 620; row++)
        {
            boilerplate.CopyTo(matrix.Row(row));
        }

        for (; row < matrix.Rows; row++)
        {
            for (var v = 0; v < Width; v++)
            {
                matrix.Row(row)[v] = (uint)random.Next();
            }
        }

        // Documents are shuffled over the ordinals so families and the block interleave in id order.
        var order = Enumerable.Range(0, matrix.Rows).OrderBy(_ => random.Next()).ToArray();
        var shuffled = new SignatureMatrix(matrix.Rows, Width);
        for (var i = 0; i < matrix.Rows; i++)
        {
            matrix.ReadRow(order[i]).CopyTo(shuffled.Row(i));
            shuffled.SetUsable(i, true);
        }

        var isNew = Enumerable.Range(0, shuffled.Rows).Select(_ => random.Next(7) == 0).ToArray();
        var options = new LshOptions();
        var expected = new HashSet<(int, int)>();
        LshCandidates.Enumerate(shuffled, options, (a, b) =>
        {
            if (isNew[a] || isNew[b])
            {
                expected.Add((a, b));
            }
        });

        static string Id(int i) => "d" + i.ToString("D5", CultureInfo.InvariantCulture);
        var probe = new BandProbe(Enumerable.Range(0, shuffled.Rows).Where(i => isNew[i]).Select(i => (Id(i), shuffled.ReadRow(i).ToArray())), options, Width);
        foreach (var i in Enumerable.Range(0, shuffled.Rows).Where(i => !isNew[i]).OrderBy(_ => random.Next()))
        {
            probe.Offer(Id(i), shuffled.ReadRow(i));
        }

        var actual = probe.Pairs(0.0).Select(p => (int.Parse(p.A[1..], CultureInfo.InvariantCulture), int.Parse(p.B[1..], CultureInfo.InvariantCulture))).ToHashSet();
        Assert.True(expected.Count > 100, $"only {expected.Count} expected pairs: the corpus does not exercise the probe");
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public void A_huge_bucket_pairs_each_new_document_with_its_id_order_window_like_the_full_banding()
    {
        // 3,000 stored copies of one boilerplate text and 5 new ones, offered in random order: every band puts all
        // 3,005 in one bucket, far above the all-pairs limit, so only the id-order window pairs.
        const int Width = 64;
        const int Rows = 3_005;
        var random = new Random(11);
        var boilerplate = Enumerable.Range(0, Width).Select(_ => (uint)random.Next()).ToArray();
        var matrix = new SignatureMatrix(Rows, Width);
        for (var i = 0; i < Rows; i++)
        {
            boilerplate.CopyTo(matrix.Row(i));
            matrix.SetUsable(i, true);
        }

        var newRows = Enumerable.Range(0, Rows).OrderBy(_ => random.Next()).Take(5).ToHashSet();
        var options = new LshOptions();
        var expected = new HashSet<(int, int)>();
        LshCandidates.Enumerate(matrix, options, (a, b) =>
        {
            if (newRows.Contains(a) || newRows.Contains(b))
            {
                expected.Add((a, b));
            }
        });

        static string Id(int i) => "d" + i.ToString("D5", CultureInfo.InvariantCulture);
        var probe = new BandProbe(newRows.Select(i => (Id(i), matrix.ReadRow(i).ToArray())), options, Width);
        foreach (var i in Enumerable.Range(0, Rows).Where(i => !newRows.Contains(i)).OrderBy(_ => random.Next()))
        {
            probe.Offer(Id(i), matrix.ReadRow(i));
        }

        var actual = probe.Pairs(0.0).Select(p => (int.Parse(p.A[1..], CultureInfo.InvariantCulture), int.Parse(p.B[1..], CultureInfo.InvariantCulture))).ToHashSet();
        Assert.Equal(3_000, probe.StoredHits);
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public void Pairs_carry_their_estimated_similarity_and_drop_those_below_the_threshold()
    {
        var a = Enumerable.Range(0, 64).Select(i => (uint)i).ToArray();
        var b = (uint[])a.Clone();
        for (var i = 48; i < 64; i++)
        {
            b[i] = 1000u + (uint)i; // 48 of 64 agree: 0.75
        }

        var c = (uint[])a.Clone();
        for (var i = 16; i < 64; i++)
        {
            c[i] = 2000u + (uint)i; // 16 of 64 agree: 0.25, but the first bands still collide
        }

        var probe = new BandProbe([("d1", a)], new LshOptions(), 64);
        Assert.True(probe.Offer("d2", b));
        Assert.True(probe.Offer("d3", c));
        Assert.False(probe.Offer("d4", Enumerable.Range(0, 64).Select(i => 5000u + (uint)i).ToArray()));
        Assert.Equal(2, probe.StoredHits);
        var pairs = probe.Pairs(0.7);
        var pair = Assert.Single(pairs);
        Assert.Equal(("d1", "d2", 0.75), pair);
    }
}
