using Ariadne.Store;

namespace Ariadne.Analysis.Stages;

/// <summary>What every stage of one <c>ariadne analyze</c> run shares: the store, the options, the worker count, progress and the clock.</summary>
public sealed record StageContext(AriadneStore Store, AnalyzeOptions Options, int Workers, IProgress<AnalyzeProgress>? Progress, TimeProvider Time);
