using System.Text;

namespace Ariadne.Extraction.Tests;

/// <summary>Random input never throws, spans stay inside the text, and pathological inputs finish (linear scanners).</summary>
public sealed class RobustnessTests
{
    private static void AssertWellFormed(string text, List<ExtractedEntity> entities)
    {
        var last = 0;
        foreach (var e in entities)
        {
            Assert.InRange(e.Start, 0, text.Length);
            Assert.InRange(e.End, e.Start + 1, text.Length);
            Assert.True(e.Start >= last, "entities are in text order and do not overlap");
            Assert.False(string.IsNullOrEmpty(e.Value));
            last = e.End;
        }
    }

    [Fact]
    public void Random_unicode_never_throws_and_spans_lie_inside_the_text()
    {
        var rng = new Random(12345);
        var extractor = new EntityExtractor();
        string[] pieces = ["713", "555", "0142", " ", "-", "five", "oh", "@", " at ", " dot ", "com", "IG", "t.me/", "0x", "bc1q", "$", "€", "19", "yo", "años", "Paris", "\uFE0F\u20E3", "𝟓", "①", "\uD800", "\uDC00", "\n", "(", ")", "+1", "O", "l"];
        for (var round = 0; round < 2000; round++)
        {
            var sb = new StringBuilder();
            var n = rng.Next(0, 40);
            for (var i = 0; i < n; i++)
            {
                if (rng.Next(3) == 0)
                {
                    sb.Append((char)rng.Next(0, 0xFFFF));
                }
                else
                {
                    sb.Append(pieces[rng.Next(pieces.Length)]);
                }
            }

            var text = sb.ToString();
            AssertWellFormed(text, extractor.Extract(text, rng.Next(4) switch { 0 => null, 1 => "US", 2 => "FR", _ => "zz" }));
        }
    }

    [Fact]
    public void Random_bytes_decoded_as_utf8_never_throw()
    {
        var rng = new Random(99);
        var extractor = new EntityExtractor();
        for (var round = 0; round < 500; round++)
        {
            var bytes = new byte[rng.Next(0, 600)];
            rng.NextBytes(bytes);
            var text = Encoding.UTF8.GetString(bytes);
            AssertWellFormed(text, extractor.Extract(text, "GB"));
        }
    }

    [Fact]
    public void Pathological_inputs_complete()
    {
        var extractor = new EntityExtractor();
        string[] inputs =
        [
            new string('7', 1_000_000),
            string.Concat(Enumerable.Repeat("💋", 100_000)),
            string.Concat(Enumerable.Repeat("5-", 200_000)),
            string.Concat(Enumerable.Repeat("five ", 100_000)),
            string.Concat(Enumerable.Repeat("a@", 100_000)),
            string.Concat(Enumerable.Repeat("at ", 100_000)),
            string.Concat(Enumerable.Repeat("www.", 100_000)),
            string.Concat(Enumerable.Repeat("Ciudad de ", 50_000)),
            string.Concat(Enumerable.Repeat("1\uFE0F\u20E3", 50_000)),
        ];
        foreach (var text in inputs)
        {
            AssertWellFormed(text, extractor.Extract(text, "US"));
        }
    }
}
