namespace Ariadne.Web.Risk;

/// <summary>
/// The reasons of a stored risk explanation, one per line. The explanation opens with a headline ("Risk 0.87 (model
/// …, advisory).") that every page already shows beside the score, so only the lines under it are listed and the
/// score is printed once.
/// </summary>
public static class RiskReasons
{
    public static IReadOnlyList<string> Of(string? explanation) =>
        string.IsNullOrEmpty(explanation)
            ? []
            : explanation.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where((line, i) => !(i == 0 && line.StartsWith("Risk ", StringComparison.Ordinal))).ToList();
}
