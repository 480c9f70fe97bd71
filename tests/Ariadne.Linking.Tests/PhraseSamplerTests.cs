using Ariadne.Linking.Text;

namespace Ariadne.Linking.Tests;

public sealed class PhraseSamplerTests
{
    private static readonly PhraseSampler All = new(4, 1);

    [Fact]
    public void Slots_do_not_change_phrases_prices_ages_names_and_cities_are_placeholders()
    {
        var a = All.Sample("New here. My name is Jasmine and I am 22 years young in Houston tonight, roses 150 only");
        var b = All.Sample("New here. My name is Lola and I am 27 years young in Leeds tonight, roses 200 only");
        Assert.Equal(a, b);
        Assert.NotEmpty(a);
    }

    [Fact]
    public void Capitalised_words_that_open_a_sentence_or_line_are_kept_as_words()
    {
        var a = All.Sample("Sweet honey girl waiting for you now\nGentle soul with a warm heart always");
        var b = All.Sample("Sweet honey girl waiting for you now\nQuiet soul with a warm heart always");
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Output_is_sorted_distinct_and_deterministic_and_sampling_keeps_a_consistent_subset()
    {
        const string text = "no drama no games just pure sunshine and a gentle soul no drama no games just pure sunshine";
        var all = All.Sample(text);
        Assert.Equal(all.Order().Distinct(), all);
        Assert.Equal(all, All.Sample(text));
        var half = new PhraseSampler(4, 2).Sample(text);
        Assert.All(half, p => Assert.Contains(p, all));
        Assert.All(half, p => Assert.Equal(0u, p % 2));
    }

    [Fact]
    public void Hostile_input_never_throws()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0xFFFF);
            }

            _ = All.Sample(new string(chars));
        }

        Assert.Empty(All.Sample(string.Empty));
        Assert.Empty(All.Sample("one two three"));
    }
}
