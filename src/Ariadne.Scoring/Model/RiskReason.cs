namespace Ariadne.Scoring.Model;

/// <summary>
/// One driver of a risk score: the rule or network fact (<see cref="Id"/>, e.g. <c>trust.genuine@2</c> or
/// <c>network.trust</c>), what it added to the log-odds (negative lowers the risk), and the evidence in plain words.
/// </summary>
public sealed record RiskReason(string Id, double Weight, string Text);
