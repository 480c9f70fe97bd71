namespace Ariadne.Analysis.Scoring;

/// <summary>The advisory risk of one document of a file, its band, its network in that file and the reasons.</summary>
public sealed record OfflineScore(string Id, string Network, double Risk, string Band, IReadOnlyList<ScoreReason> Reasons);
