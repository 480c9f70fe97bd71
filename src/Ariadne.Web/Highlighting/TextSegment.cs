using Ariadne.Core.Entities;

namespace Ariadne.Web.Highlighting;

/// <summary>A run of document text, either plain or the span of one entity mention.</summary>
public sealed record TextSegment(string Text, EntityMention? Mention);
