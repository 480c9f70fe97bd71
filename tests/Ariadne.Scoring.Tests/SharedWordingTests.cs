using Ariadne.Scoring.Evidence;

namespace Ariadne.Scoring.Tests;

/// <summary>Which sentences count as shared by unrelated posters: long ones, in enough posters' ads, whatever their case and spacing.</summary>
public sealed class SharedWordingTests
{
    private const string Disclaimer = "All fees are for time and companionship only, nothing else is offered here.";

    [Fact]
    public void A_long_sentence_in_ten_posters_ads_is_shared_and_found_whatever_its_case_and_spacing()
    {
        var shared = SharedWording.Build(Enumerable.Range(0, 10).Select(i => ("Hi, I'm poster " + i + ". " + Disclaimer, "p" + i)));
        var text = "Hello there! ALL FEES are for time  and companionship only, nothing else is offered here";
        var span = Assert.Single(shared.SpansOf(text));
        Assert.Equal("ALL FEES", text.Substring(span.Start + 1, 8));
    }

    [Fact]
    public void Nine_posters_many_ads_of_one_poster_and_short_sentences_are_not_shared()
    {
        var nine = SharedWording.Build(Enumerable.Range(0, 9).Select(i => (Disclaimer, "p" + i)));
        var one = SharedWording.Build(Enumerable.Range(0, 50).Select(_ => (Disclaimer, "same poster")));
        var shortOnes = SharedWording.Build(Enumerable.Range(0, 50).Select(i => ("100% real pics.", "p" + i)));
        Assert.Empty(nine.SpansOf(Disclaimer));
        Assert.Empty(one.SpansOf(Disclaimer));
        Assert.Equal(0, shortOnes.Count);
    }
}
