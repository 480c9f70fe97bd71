using Ariadne.Core.Entities;

namespace Ariadne.Store.Analysis;

/// <summary>All entity mentions found in one document's body (possibly none).</summary>
public sealed record ExtractionResult(string DocumentId, IReadOnlyList<EntityMention> Mentions);
