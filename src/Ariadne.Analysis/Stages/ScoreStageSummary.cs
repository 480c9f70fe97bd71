namespace Ariadne.Analysis.Stages;

/// <summary>What the score stage did: documents scored (of which scored again because their network changed), hits, high-risk scores.</summary>
public sealed record ScoreStageSummary(long Scored, long Rescored, long Hits, long HighRisk);
