namespace Ariadne.Store.Insights;

/// <summary>How many documents an analysis stage has processed (at any version).</summary>
public sealed record StageProgress(string Stage, long Documents);
