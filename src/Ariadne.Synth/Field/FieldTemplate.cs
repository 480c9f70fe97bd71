namespace Ariadne.Synth.Field;

/// <summary>
/// A set of grammar sentences an owner posts again and again; <see cref="Id"/> is what truth.json calls it
/// ("net-0012/t2", "stock-07"), null for an independent's own text.
/// </summary>
internal sealed record FieldTemplate(string? Id, IReadOnlyList<GrammarSentence> Sentences);
