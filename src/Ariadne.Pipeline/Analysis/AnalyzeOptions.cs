namespace Ariadne.Pipeline.Analysis;

/// <summary>How <see cref="AnalyzeService"/> runs.</summary>
public sealed class AnalyzeOptions
{
    /// <summary>Documents read, analysed and committed together.</summary>
    public int BatchSize { get; init; } = 2000;

    /// <summary>Worker threads for extraction (the store write stays on one thread).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
