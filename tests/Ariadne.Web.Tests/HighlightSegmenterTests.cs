using Ariadne.Core.Entities;
using Ariadne.Core.Indicators;
using Ariadne.Web.Highlighting;

namespace Ariadne.Web.Tests;

public sealed class HighlightSegmenterTests
{
    private static EntityMention Mention(int start, int end) =>
        new() { DocumentId = "d", Type = EntityType.Crypto, Value = "btc:x", Start = start, End = end };

    private static IndicatorHit Hit(int start, int end, string rule = "payment.crypto-only@1") =>
        new() { DocumentId = "d", RuleId = rule, Category = "payment", Start = start, End = end, Weight = 1, Explanation = "crypto only" };

    [Fact]
    public void A_hit_around_an_entity_cuts_the_text_so_both_are_marked()
    {
        const string text = "Deposit by bc1qwallet only, thanks";
        var segments = HighlightSegmenter.Segment(text, [Mention(11, 21)], [Hit(0, 26)]);

        Assert.Equal(["Deposit by ", "bc1qwallet", " only", ", thanks"], segments.Select(s => s.Text));
        Assert.Equal([true, true, true, false], segments.Select(s => s.Hit is not null));
        Assert.Equal([false, true, false, false], segments.Select(s => s.Mention is not null));
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Partly_overlapping_spans_of_both_kinds_are_cut_at_every_boundary()
    {
        const string text = "0123456789";
        var segments = HighlightSegmenter.Segment(text, [Mention(2, 6)], [Hit(4, 8)]);

        Assert.Equal(["01", "23", "45", "67", "89"], segments.Select(s => s.Text));
        Assert.Equal([false, true, true, false, false], segments.Select(s => s.Mention is not null));
        Assert.Equal([false, false, true, true, false], segments.Select(s => s.Hit is not null));
    }

    [Fact]
    public void Untrusted_spans_out_of_range_or_overlapping_their_own_kind_are_skipped()
    {
        const string text = "short text";
        var segments = HighlightSegmenter.Segment(text, [Mention(-1, 3), Mention(6, 40)], [Hit(0, 5, "a@1"), Hit(2, 4, "b@1"), Hit(7, 7, "c@1")]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.All(segments, s => Assert.Null(s.Mention));
        Assert.Equal(["a@1"], segments.Where(s => s.Hit is not null).Select(s => s.Hit!.RuleId).Distinct());
    }

    [Fact]
    public void Empty_text_has_no_segments()
    {
        Assert.Empty(HighlightSegmenter.Segment("", [], []));
    }
}
