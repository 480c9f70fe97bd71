using System.Globalization;

namespace Ariadne.Bench.Web;

/// <summary>Percentiles of one page type's latencies (nearest-rank, milliseconds).</summary>
public sealed record LatencyStats(string PageType, int Count, double P50, double P95, double P99, double Max, int Errors)
{
    public static LatencyStats From(string pageType, IReadOnlyList<double> millis, int errors)
    {
        var sorted = millis.Order().ToArray();
        return new LatencyStats(pageType, sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1], errors);
    }

    public string ToRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {PageType} | {Count} | {P50:F1} | {P95:F1} | {P99:F1} | {Max:F1} | {Errors} |");

    private static double Rank(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
