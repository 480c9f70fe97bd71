namespace Ariadne.Store.Search;

/// <summary>A node of a parsed search query (see <see cref="SearchQueryParser"/>).</summary>
internal abstract record SearchNode;
