namespace Ariadne.Analysis.Stages;

/// <summary>Documents a stage has analysed so far out of those pending when it started.</summary>
public readonly record struct AnalyzeProgress(long Done, long Total, string Stage = ExtractStage.Name);
