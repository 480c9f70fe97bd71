using Ariadne.Linking.Text;

namespace Ariadne.Linking.Tests;

public sealed class MinHashTests
{
    [Fact]
    public void Estimates_track_exact_jaccard_on_random_set_pairs()
    {
        var hasher = new MinHasher(128);
        var random = new Random(42);
        var errors = new List<double>();
        var a = new uint[128];
        var b = new uint[128];
        for (var trial = 0; trial < 300; trial++)
        {
            // Two sets drawn from a shared pool with a chosen overlap, so Jaccard spans 0..1.
            var shared = random.Next(0, 120);
            var onlyX = random.Next(1, 80);
            var onlyY = random.Next(1, 80);
            var pool = Enumerable.Range(0, shared + onlyX + onlyY).Select(_ => (uint)random.NextInt64(0, uint.MaxValue)).Distinct().ToArray();
            var x = pool.Take(shared + onlyX).ToArray();
            var y = pool.Take(shared).Concat(pool.Skip(shared + onlyX)).ToArray();
            var exact = (double)x.Intersect(y).Count() / x.Union(y).Count();
            hasher.Compute(x, a);
            hasher.Compute(y, b);
            var estimate = MinHasher.Similarity(a, b);
            errors.Add(Math.Abs(estimate - exact));
        }

        // Standard error of a 128-hash estimate is at most sqrt(0.25 / 128) ≈ 0.044.
        Assert.True(errors.Average() < 0.045, $"mean absolute error {errors.Average():0.000}");
        Assert.True(errors.Max() < 0.2, $"max absolute error {errors.Max():0.000}");
    }

    [Fact]
    public void Identical_sets_agree_everywhere_and_order_and_repeats_do_not_matter()
    {
        var hasher = new MinHasher();
        uint[] set = [5, 17, 99, 1_000_003, 42];
        uint[] shuffled = [42, 99, 5, 5, 1_000_003, 17, 17];
        var a = new uint[hasher.Size];
        var b = new uint[hasher.Size];
        hasher.Compute(set, a);
        hasher.Compute(shuffled, b);
        Assert.Equal(1.0, MinHasher.Similarity(a, b));
    }

    [Fact]
    public void The_vector_path_equals_the_scalar_definition()
    {
        var hasher = new MinHasher(16, seed: 7);
        uint[] set = [1, 2, 3, 0xDEADBEEF, 12345678];
        var signature = new uint[16];
        hasher.Compute(set, signature);

        // Recompute from the definition with the same coefficient stream.
        var state = 7UL;
        for (var i = 0; i < 16; i++)
        {
            var a = (uint)SplitMix(ref state) | 1u;
            var b = (uint)SplitMix(ref state);
            var min = set.Select(x => MinHasher.Mix((a * x) + b)).Min();
            Assert.Equal(min, signature[i]);
        }
    }

    [Fact]
    public void Shingles_ignore_case_and_digits_so_slot_values_do_not_matter()
    {
        var shingler = new Shingler();
        var x = new List<uint>();
        var y = new List<uint>();
        shingler.Shingle("Call 555-0123 now for Jade, $200 an hour", x);
        shingler.Shingle("call 555-0199 NOW for jade, $300 an hour", y);
        Assert.Equal(x, y);
        shingler.Shingle("Call 555-0123 later for Jade, $200 an hour", y);
        Assert.NotEqual(x, y);
    }

    [Fact]
    public void Short_texts_yield_one_shingle_and_empty_texts_none()
    {
        var shingler = new Shingler();
        var list = new List<uint>();
        Assert.Equal(1, shingler.Shingle("hello there", list));
        Assert.Equal(0, shingler.Shingle("  ... !!! ", list));
    }

    [Fact]
    public void Lsh_reports_near_duplicates_and_keeps_big_buckets_linear()
    {
        var matrix = new SignatureMatrix(1_000, 64);
        for (var row = 0; row < matrix.Rows; row++)
        {
            // Every row identical: one bucket per band holding all 1,000 documents.
            matrix.Row(row).Fill(7);
            matrix.SetUsable(row, true);
        }

        var options = new LshOptions();
        var pairs = 0L;
        LshCandidates.Enumerate(matrix, options, (a, b) => pairs++);
        // Windowed: each member meets its next 4, per band — not 1000·999/2 per band.
        Assert.Equal(options.Bands * ((1_000L * 4) - 10), pairs);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
