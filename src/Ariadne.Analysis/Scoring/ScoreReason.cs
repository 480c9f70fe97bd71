namespace Ariadne.Analysis.Scoring;

/// <summary>
/// One reason behind an offline score. For an indicator rule: its versioned id, its weight in the rule pack and the
/// words of the document that matched. For a network fact (<c>network.*</c>): the measured count as the weight and
/// the fact in plain words.
/// </summary>
public sealed record ScoreReason(string Id, double Weight, string Evidence);
