using Ariadne.Core.Entities;
using Ariadne.Core.Indicators;

namespace Ariadne.Web.Highlighting;

/// <summary>
/// Cuts a text at every boundary of its entity mentions and indicator hits, so both can be highlighted at once
/// even where a rule's span covers an entity ("deposit by {crypto}"). Spans come from the store and are treated
/// as untrusted, as in <see cref="TextSegmenter"/>: out-of-range spans are skipped, and of overlapping spans of
/// one kind the earlier (then longer) one wins.
/// </summary>
public static class HighlightSegmenter
{
    public static IReadOnlyList<HighlightSegment> Segment(string text, IEnumerable<EntityMention> mentions, IEnumerable<IndicatorHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(hits);
        var keptMentions = NonOverlapping(mentions, m => m.Start, m => m.End, text.Length);
        var keptHits = NonOverlapping(hits, h => h.Start, h => h.End, text.Length);
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in keptMentions)
        {
            cuts.Add(m.Start);
            cuts.Add(m.End);
        }

        foreach (var h in keptHits)
        {
            cuts.Add(h.Start);
            cuts.Add(h.End);
        }

        var segments = new List<HighlightSegment>(cuts.Count);
        int m0 = 0, h0 = 0, previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                // Both lists are sorted and disjoint, so a cursor per list finds the span covering [previous, cut).
                while (m0 < keptMentions.Count && keptMentions[m0].End <= previous)
                {
                    m0++;
                }

                while (h0 < keptHits.Count && keptHits[h0].End <= previous)
                {
                    h0++;
                }

                var mention = m0 < keptMentions.Count && keptMentions[m0].Start <= previous ? keptMentions[m0] : null;
                var hit = h0 < keptHits.Count && keptHits[h0].Start <= previous ? keptHits[h0] : null;
                segments.Add(new HighlightSegment(text[previous..cut], mention, hit));
            }

            previous = cut;
        }

        return segments;
    }

    private static List<T> NonOverlapping<T>(IEnumerable<T> spans, Func<T, int> start, Func<T, int> end, int length)
    {
        var kept = new List<T>();
        var position = 0;
        foreach (var span in spans.OrderBy(start).ThenByDescending(end))
        {
            if (start(span) < position || end(span) <= start(span) || end(span) > length)
            {
                continue;
            }

            kept.Add(span);
            position = end(span);
        }

        return kept;
    }
}
