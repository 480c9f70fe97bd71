namespace Ariadne.Store.Search;

/// <summary>
/// An identifier (phone, e-mail, handle, wallet): documents in which extraction found one of its values, or whose
/// text holds one of its written forms.
/// </summary>
internal sealed record IdentifierNode(SearchIdentifier Identifier) : SearchNode;
