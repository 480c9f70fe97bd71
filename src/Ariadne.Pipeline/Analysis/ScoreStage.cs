namespace Ariadne.Pipeline.Analysis;

/// <summary>Identity of the scoring stage (indicator rules + risk model) in the store's analysis bookkeeping.</summary>
public static class ScoreStage
{
    public const string Name = "score";

    /// <summary>
    /// Bump when scoring changes what it stores (rules, features, explanation): documents scored by an older
    /// version become pending again and their hits and scores are replaced on the next <c>ariadne analyze</c>.
    /// </summary>
    public const int Version = 1;
}
