namespace Ariadne.Store.Search;

/// <summary>One term of the user's query; <see cref="Text"/> always holds at least one letter or digit.</summary>
internal readonly record struct SearchTerm(SearchTermKind Kind, string Text);
