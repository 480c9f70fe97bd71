using Ariadne.Core.Entities;

namespace Ariadne.Store.Insights;

/// <summary>One (document, entity) pair: an edge of the identifier graph.</summary>
public sealed record DocumentEntity(string DocumentId, EntityType Type, string Value);
