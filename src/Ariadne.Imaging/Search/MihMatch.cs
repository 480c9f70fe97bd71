namespace Ariadne.Imaging.Search;

/// <summary>One search hit: the id given at <see cref="MultiIndexHashIndex.Add"/> and its Hamming distance to the query.</summary>
public readonly record struct MihMatch(int Id, int Distance);
