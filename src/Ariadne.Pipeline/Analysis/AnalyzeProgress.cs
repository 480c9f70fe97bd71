namespace Ariadne.Pipeline.Analysis;

/// <summary>Documents analysed so far out of those pending when the run started.</summary>
public readonly record struct AnalyzeProgress(long Done, long Total);
