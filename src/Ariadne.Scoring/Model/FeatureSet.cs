namespace Ariadne.Scoring.Model;

/// <summary>Which feature groups a model uses; a group switched off is zero in every vector.</summary>
[Flags]
public enum FeatureSet
{
    None = 0,
    Text = 1,
    Entities = 2,
    Rules = 4,
    Network = 8,

    /// <summary>Everything the document itself says (the "text-only" variant: no network features).</summary>
    TextOnly = Text | Entities | Rules,
    All = TextOnly | Network,
}
