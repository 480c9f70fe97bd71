using Ariadne.Core.Entities;

namespace Ariadne.Web.Highlighting;

/// <summary>
/// Cuts a text into plain and highlighted runs from stored mention spans. Spans come from the store, so they are
/// treated as untrusted: out-of-range or overlapping spans are skipped rather than allowed to break the page.
/// </summary>
public static class TextSegmenter
{
    public static IReadOnlyList<TextSegment> Segment(string text, IEnumerable<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var mention in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mention.Start < position || mention.End <= mention.Start || mention.End > text.Length)
            {
                continue;
            }

            if (mention.Start > position)
            {
                segments.Add(new TextSegment(text[position..mention.Start], null));
            }

            segments.Add(new TextSegment(text[mention.Start..mention.End], mention));
            position = mention.End;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], null));
        }

        return segments;
    }
}
