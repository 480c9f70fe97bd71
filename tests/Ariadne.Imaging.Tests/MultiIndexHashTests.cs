using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;

namespace Ariadne.Imaging.Tests;

/// <summary>MIH radius search returns exactly what a brute-force scan returns.</summary>
public sealed class MultiIndexHashTests
{
    private static void AssertSameAsBruteForce(MultiIndexHashIndex index, PdqHash query, int radius)
    {
        var fast = new List<MihMatch>();
        var slow = new List<MihMatch>();
        index.Search(query, radius, fast);
        index.SearchLinear(query, radius, slow);
        Assert.Equal(slow.OrderBy(m => m.Id), fast.OrderBy(m => m.Id));
    }

    /// <summary>Property test: random haystack with planted neighbours at every distance 0..40, many seeds and radii.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_and_perturbed_hashes_match_brute_force_for_every_radius_up_to_31(int seed)
    {
        var random = new Random(seed);
        var index = new MultiIndexHashIndex();
        var centres = Enumerable.Range(0, 20).Select(_ => TestHashes.Random(random)).ToList();
        foreach (var centre in centres)
        {
            for (var d = 0; d <= 40; d++)
            {
                index.Add(TestHashes.Perturb(centre, d, random));
            }
        }
        for (var i = 0; i < 2000; i++)
        {
            index.Add(TestHashes.Random(random));
        }
        // Unbuilt (everything in the linear delta), then built with the layout for its own size, then with the
        // layouts chosen for 100k (16 × 16 bits) and 1M hashes (14 slots, probe radii 2 and 1).
        foreach (var layoutFor in new[] { -1, index.Count, 100_000, 1_000_000 })
        {
            if (layoutFor >= 0)
            {
                index.Build(layoutFor);
            }
            foreach (var centre in centres)
            {
                foreach (var radius in new[] { 0, 1, 8, 15, 16, 17, 24, 30, 31, 32, 40, 47 })
                {
                    AssertSameAsBruteForce(index, TestHashes.Perturb(centre, random.Next(0, 6), random), radius);
                }
            }
        }
    }

    /// <summary>
    /// Adversarial and pigeonhole-tight: for each slot t of the layouts used at 1k, 1M and 10M hashes, a neighbour
    /// at distance exactly 31 that differs in every other slot by one bit more than that slot's probe radius, so
    /// only slot t can find it. Proves the refined bound (some slots probed at radius a − 1) loses nothing.
    /// </summary>
    [Theory]
    [InlineData(1_000)]
    [InlineData(1_000_000)]
    [InlineData(10_000_000)]
    public void Neighbours_findable_from_a_single_slot_at_distance_31_are_found(int layoutFor)
    {
        var layout = MihLayout.Choose(layoutFor);
        Span<int> radii = stackalloc int[layout.Slots];
        layout.Radii(31, radii);
        var random = new Random(layoutFor);
        var query = TestHashes.Random(random);
        for (var t = 0; t < layout.Slots; t++)
        {
            if (radii[t] < 0)
            {
                continue;
            }
            Span<ulong> w = [query.Bits0, query.Bits1, query.Bits2, query.Bits3];
            var distance = 0;
            for (var s = 0; s < layout.Slots; s++)
            {
                var bits = s == t ? radii[s] : radii[s] + 1;
                for (var b = 0; b < bits; b++)
                {
                    var k = layout.Offsets[s] + b;
                    w[k >> 6] ^= 1UL << (k & 63);
                }
                distance += bits;
            }
            Assert.Equal(31, distance);
            var index = new MultiIndexHashIndex();
            for (var i = 0; i < 50; i++)
            {
                index.Add(TestHashes.Random(random));
            }
            var planted = index.Add(new PdqHash(w[0], w[1], w[2], w[3]));
            // The 10M layout's tables (11 × 2^23 offsets, 369 MB) stay out of the test: for it only the
            // pigeonhole arithmetic above is checked.
            if (layoutFor <= 1_000_000)
            {
                index.Build(layoutFor);
                var results = new List<MihMatch>();
                index.Search(query, 31, results);
                Assert.Contains(new MihMatch(planted, 31), results);
                AssertSameAsBruteForce(index, query, 31);
                results.Clear();
                index.Search(query, 30, results);
                Assert.DoesNotContain(results, m => m.Id == planted);
            }
        }
    }

    /// <summary>Adversarial: neighbours whose flipped bits are spread evenly so every slot differs by 1 or 2.</summary>
    [Fact]
    public void Evenly_spread_differences_at_distance_31_are_found()
    {
        var random = new Random(11);
        var index = new MultiIndexHashIndex();
        var query = TestHashes.Random(random);
        // 15 slots differ by 2 bits and one by 1 bit: distance 31, only the 1-bit slot can find it.
        Span<ulong> w = [query.Bits0, query.Bits1, query.Bits2, query.Bits3];
        for (var s = 0; s < 16; s++)
        {
            var bits = s == 9 ? 1 : 2;
            for (var b = 0; b < bits; b++)
            {
                var k = (s * 16) + (b * 5);
                w[k >> 6] ^= 1UL << (k & 63);
            }
        }
        var planted = index.Add(new PdqHash(w[0], w[1], w[2], w[3]));
        var results = new List<MihMatch>();
        index.Search(query, 31, results);
        Assert.Equal([new MihMatch(planted, 31)], results);
        // The same through the tables, with the 16 × 16-bit layout chosen at 100k hashes.
        index.Build(100_000);
        Assert.Equal(16, index.SlotWidths.Count);
        results.Clear();
        index.Search(query, 31, results);
        Assert.Equal([new MihMatch(planted, 31)], results);
    }

    [Fact]
    public void Reference_needles_and_haystack_match_brute_force()
    {
        var index = new MultiIndexHashIndex();
        foreach (var line in File.ReadLines(TestData.File("hash-lists/haystack.txt")))
        {
            index.Add(PdqHash.Parse(line));
        }
        Assert.Equal(1350, index.Count);
        index.Build();
        var total = 0;
        foreach (var line in File.ReadLines(TestData.File("hash-lists/needles.txt")))
        {
            var needle = PdqHash.Parse(line);
            AssertSameAsBruteForce(index, needle, 31);
            var hits = new List<MihMatch>();
            index.Search(needle, 31, hits);
            total += hits.Count;
        }
        Assert.True(total > 0, "the reference needles are near-duplicates of haystack entries");
    }

    [Fact]
    public void Incremental_add_and_remove_keep_results_exact()
    {
        var random = new Random(21);
        var index = new MultiIndexHashIndex(capacity: 4);
        var centre = TestHashes.Random(random);
        var ids = new List<int>();
        for (var i = 0; i < 500; i++)
        {
            ids.Add(index.Add(i % 2 == 0 ? TestHashes.Perturb(centre, i % 35, random) : TestHashes.Random(random)));
        }
        for (var round = 0; round < 5; round++)
        {
            foreach (var id in ids.Where((_, i) => i % 3 == round % 3).ToList())
            {
                Assert.True(index.Remove(id));
                ids.Remove(id);
            }
            Assert.False(index.Remove(-1));
            for (var i = 0; i < 100; i++)
            {
                ids.Add(index.Add(TestHashes.Perturb(centre, random.Next(40), random)));
            }
            Assert.Equal(ids.Count, index.Count);
            AssertSameAsBruteForce(index, centre, 31);
            // Alternate: fold everything into the tables on even rounds, so later rounds mix tables, tombstones,
            // re-used ids and delta entries.
            if (round % 2 == 0)
            {
                index.Build();
                AssertSameAsBruteForce(index, centre, 31);
            }
        }
    }
}
