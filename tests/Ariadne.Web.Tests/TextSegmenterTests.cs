using Ariadne.Core.Entities;
using Ariadne.Web.Highlighting;

namespace Ariadne.Web.Tests;

public sealed class TextSegmenterTests
{
    private static EntityMention Mention(int start, int end) =>
        new() { DocumentId = "d", Type = EntityType.Phone, Value = "+17135550142", Start = start, End = end };

    [Fact]
    public void Cuts_text_into_plain_and_highlighted_runs()
    {
        var segments = TextSegmenter.Segment("call 713 555 0142 now", [Mention(5, 17)]);

        Assert.Equal(["call ", "713 555 0142", " now"], segments.Select(s => s.Text));
        Assert.Equal([false, true, false], segments.Select(s => s.Mention is not null));
    }

    [Fact]
    public void Skips_overlapping_and_out_of_range_spans_without_losing_text()
    {
        const string text = "abcdefghij";
        var segments = TextSegmenter.Segment(text, [Mention(2, 5), Mention(3, 6), Mention(8, 40), Mention(-1, 1), Mention(7, 7)]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Single(segments, s => s.Mention is not null);
    }
}
