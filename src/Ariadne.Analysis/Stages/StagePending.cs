namespace Ariadne.Analysis.Stages;

/// <summary>How many documents wait for one stage, and whether a run with the given options would run it.</summary>
public sealed record StagePending(string Stage, int Version, long Documents, bool Enabled);
