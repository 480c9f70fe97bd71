namespace Ariadne.Extraction.Evaluation;

/// <summary>One evaluation example: a text, its country (may be null) and the entities a person expects.</summary>
public sealed record LabelledText(string Id, string Text, string? Country, IReadOnlyList<ExtractedEntity> Expected);
