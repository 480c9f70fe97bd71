namespace Ariadne.Synth.Model;

/// <summary>One generated ad with its ground truth; the id is assigned after all ads are sorted by time.</summary>
internal sealed class AdRecord
{
    public string Id { get; set; } = string.Empty;

    public required int Sequence { get; init; }

    public required DateTime PostedUtc { get; init; }

    public required string PostedAt { get; init; }

    public required string Source { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public required City City { get; init; }

    public required string Author { get; init; }

    public required string Owner { get; init; }

    public required string Label { get; init; }

    public required IReadOnlyList<TruthEntity> Entities { get; init; }

    public required IReadOnlyList<string> Indicators { get; init; }

    public List<TruthImage> Images { get; } = [];

    /// <summary>Field profile: the template the text was made from ("net-0012/t2", "stock-07"), or null.</summary>
    public string? Template { get; init; }

    /// <summary>Field profile: the network's phone era the ad was posted in, or null outside networks.</summary>
    public int? Era { get; init; }

    /// <summary>Overlap profile: population, indicator spans and Bayes scores; null in the other profiles.</summary>
    public Overlap.OverlapAdTruth? Overlap { get; init; }
}
