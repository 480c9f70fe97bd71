namespace Ariadne.Analysis.Linking;

/// <summary>A line of a link input file that could not be used, with the reason.</summary>
public sealed record LinkInputError(long Line, string? Id, string Reason);
