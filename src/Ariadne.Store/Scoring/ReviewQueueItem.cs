namespace Ariadne.Store.Scoring;

/// <summary>
/// One entry of the review queue. <see cref="Uncertain"/> marks the items chosen because the model is unsure
/// (active learning), not because they rank high.
/// </summary>
public sealed record ReviewQueueItem(string DocumentId, string? Title, double Probability, bool Uncertain, string Explanation);
