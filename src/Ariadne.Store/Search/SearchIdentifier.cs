using Ariadne.Core.Entities;

namespace Ariadne.Store.Search;

/// <summary>
/// An identifier read from a query: its type, the normalised values stored in entity mentions that it stands for
/// (one, or several for a handle named without its platform), and the ways it may be written in a text (each
/// matched as a phrase, so "713 555 0171" finds "(713) 555-0171" and "713.555.0171" alike).
/// </summary>
public sealed record SearchIdentifier(EntityType Type, IReadOnlyList<string> Values, IReadOnlyList<string> TextForms);
