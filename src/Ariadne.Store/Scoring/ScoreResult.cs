using Ariadne.Core.Indicators;

namespace Ariadne.Store.Scoring;

/// <summary>What the scoring stage stores for one document: its indicator hits and its risk score.</summary>
public sealed record ScoreResult(string DocumentId, IReadOnlyList<IndicatorHit> Hits, DocumentRiskScore Score);
