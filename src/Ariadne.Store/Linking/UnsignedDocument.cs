namespace Ariadne.Store.Linking;

/// <summary>A document whose body has no text signature yet.</summary>
public sealed record UnsignedDocument(string DocumentId, string Body);
