namespace Ariadne.Store.Scoring;

/// <summary>A stored document with the label its latest review decision gives it (confirm = positive, dismiss = negative).</summary>
public sealed record LabelledStoreDocument(DocumentEntities Document, bool Positive);
