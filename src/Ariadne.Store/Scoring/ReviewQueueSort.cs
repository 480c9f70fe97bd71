namespace Ariadne.Store.Scoring;

/// <summary>How the filtered review queue is ordered.</summary>
public enum ReviewQueueSort
{
    /// <summary>Riskiest first (the <c>probability</c> index).</summary>
    Risk,

    /// <summary>Most recently posted first; undated documents last.</summary>
    Newest,

    /// <summary>Nearest the decision boundary first (the <c>certainty</c> index): where a decision teaches the model most.</summary>
    LeastCertain,
}
