namespace Ariadne.Synth.Overlap;

/// <summary>What the overlap profile knows about one ad beyond the common truth: population, indicators, Bayes scores.</summary>
internal sealed class OverlapAdTruth
{
    public required string Population { get; init; }

    /// <summary>Which indicators the ad carries, in <see cref="OverlapIndicators.All"/> order.</summary>
    public required bool[] Present { get; init; }

    /// <summary>The written indicator phrases, in the order they were written (title first, then text).</summary>
    public List<IndicatorSpan> Spans { get; } = [];

    /// <summary>Exact posterior log-odds of trafficking given <see cref="Present"/> alone.</summary>
    public double BayesAd { get; set; }

    /// <summary>Exact posterior log-odds of trafficking given the indicators of all the poster's ads.</summary>
    public double BayesPoster { get; set; }
}
