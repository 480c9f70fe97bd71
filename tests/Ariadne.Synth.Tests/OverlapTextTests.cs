using System.Text.RegularExpressions;
using Ariadne.Synth.Overlap;

namespace Ariadne.Synth.Tests;

/// <summary>What the overlap ads say: spans point at what was written, no minors, fiction contacts only.</summary>
[Collection(OverlapCorpusCollection.Name)]
public sealed partial class OverlapTextTests(OverlapCorpusFixture fixture)
{
    private readonly OverlapCorpus _corpus = fixture.Corpus;

    [Fact]
    public void Indicator_spans_lie_in_their_field_and_obscured_phones_are_the_written_phones()
    {
        foreach (var d in _corpus.Documents)
        {
            foreach (var (id, field, start, end) in d.Spans)
            {
                Assert.Contains(id, OverlapIndicators.All);
                var text = field switch { "title" => d.Title, "text" => d.Text, _ => throw new InvalidDataException(field) };
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, text.Length);
                Assert.False(string.IsNullOrWhiteSpace(text[start..end]), d.Id);
                if (id == OverlapIndicators.ObscuredPhone)
                {
                    Assert.Equal("text", field);
                    Assert.Contains(d.Entities, e => e.Type is "phone" or "email" && e.Obfuscated && e.Start == start && e.End == end);
                }
            }

            // An ad that obscures writes every one of its own phones obscured; the others write none that way.
            var obscured = d.Present.Contains(OverlapIndicators.ObscuredPhone);
            Assert.All(d.Entities.Where(e => e.Type == "phone" && e.Obfuscated), e => Assert.True(obscured, d.Id));
        }
    }

    [Fact]
    public void About_one_in_five_indicator_phrases_is_in_the_title()
    {
        var phrases = _corpus.Documents.SelectMany(d => d.Spans).Where(s => s.Id != OverlapIndicators.ObscuredPhone).ToList();
        var inTitle = phrases.Count(s => s.Field == "title") / (double)phrases.Count;
        Assert.InRange(inTitle, 0.18, 0.22);
    }

    [Fact]
    public void No_stated_age_is_under_19_and_youth_wording_never_states_one()
    {
        Assert.All(_corpus.Documents.SelectMany(d => d.Entities).Where(e => e.Type == "age"), e => Assert.InRange(int.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture), 19, 45));
        Assert.All(_corpus.Posters.SelectMany(p => p.Persons), p =>
        {
            Assert.InRange(p.Age, 23, 45);
            Assert.InRange(p.YoungAge, 19, 22);
        });

        // Also by reading: a number next to an age word, wherever it is written (titles carry no entities).
        foreach (var d in _corpus.Documents)
        {
            foreach (var text in new[] { d.Title, d.Text })
            {
                foreach (Match m in AgeMention().Matches(text))
                {
                    var value = int.Parse(m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(value >= 19, $"{d.Id}: '{m.Value}'");
                }
            }

            foreach (var span in d.Spans.Where(s => s.Id == OverlapIndicators.Youth))
            {
                var phrase = (span.Field == "title" ? d.Title : d.Text)[span.Start..span.End];
                Assert.DoesNotMatch(Digit(), phrase);
            }
        }
    }

    [Fact]
    public void Contacts_are_fiction_only()
    {
        foreach (var e in _corpus.Documents.SelectMany(d => d.Entities))
        {
            switch (e.Type)
            {
                case "phone":
                    Assert.Matches(FictionPhone(), e.Value);
                    break;
                case "email":
                    Assert.Matches(FictionEmail(), e.Value);
                    break;
            }
        }
    }

    [Fact]
    public void Shared_footers_reach_about_their_shares_of_ads()
    {
        var support = _corpus.Truth.GetProperty("support_lines").EnumerateArray().Select(p => p.GetString()!).ToHashSet();
        var withSupport = _corpus.Documents.Count(d => d.Entities.Any(e => e.Type == "phone" && support.Contains(e.Value)));
        Assert.InRange(withSupport / (double)_corpus.Documents.Count, 0.09, 0.11);
        var blocks = _corpus.Truth.GetProperty("boilerplate").EnumerateArray().Select(p => p.GetString()!).ToList();
        var withBlock = _corpus.Documents.Count(d => blocks.Any(b => d.Text.Contains(b, StringComparison.Ordinal)));
        Assert.InRange(withBlock / (double)_corpus.Documents.Count, 0.23, 0.27);
    }

    [Fact]
    public void Posters_reuse_their_template_so_their_ads_share_text()
    {
        // Two ads of one poster share template sentences; ads of different posters rarely do.
        var byPoster = _corpus.Documents.GroupBy(d => d.Poster).Where(g => g.Count() >= 2).Take(300).ToList();
        var same = byPoster.Average(g => Shingles.Jaccard(Shingles.Of(g.First().Text), Shingles.Of(g.Last().Text)));
        var other = byPoster.Zip(byPoster.Skip(1)).Average(p => Shingles.Jaccard(Shingles.Of(p.First.First().Text), Shingles.Of(p.Second.First().Text)));
        Assert.True(same > 0.15, "same poster " + same);
        Assert.True(other < 0.08, "different posters " + other);
        Assert.True(same < 0.9, "copies too close " + same);
    }

    // A whole number (not part of a phone, a height or a price) right before an age word, or right after "age".
    [GeneratedRegex(@"(?<![\d.,'])(?<n>\d{1,3}) ?(yo|y/o|y\.o\.|yrs|years|años|ans|anos|tacos|primaveras|printemps|balais)(?!\p{L})|\b(age|âge|edad|idade) ?[:=\-]? ?(?<m>\d{1,3})(?![\d\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex AgeMention();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"^\+(1\d{3}55501\d\d|61491570\d{3})$")]
    private static partial Regex FictionPhone();

    [GeneratedRegex(@"^[^@\s]+@example\.(com|org|net)$")]
    private static partial Regex FictionEmail();
}
