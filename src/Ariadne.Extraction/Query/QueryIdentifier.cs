using Ariadne.Core.Entities;

namespace Ariadne.Extraction.Query;

/// <summary>
/// An identifier read from a search query: the values entity mentions store for it (several for a handle named
/// without its platform) and the ways it is written in ad text, each to be matched as a phrase.
/// </summary>
public sealed record QueryIdentifier(EntityType Type, IReadOnlyList<string> Values, IReadOnlyList<string> TextForms);
