namespace Ariadne.Pipeline.Analysis;

/// <summary>What one <c>ariadne analyze</c> run did.</summary>
public sealed record AnalyzeSummary(long DocumentsAnalyzed, long MentionsStored, long ObfuscatedPhones, TimeSpan Elapsed);
