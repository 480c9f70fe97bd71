namespace Ariadne.Linking;

/// <summary>
/// What an incremental run knows from earlier runs, so it links only new documents against the affected part of a
/// store instead of re-linking everything. Earlier decisions stand: documents of one earlier network start joined,
/// known hubs stay hubs, and near-duplicate text is judged only on the given candidate pairs (each involving a new
/// document). The caller must pass every document that shares a non-hub identifier with a document in the list
/// (the whole earlier network of each): then identifier counts, and so the hub guard, see what a full run sees.
/// </summary>
public sealed record LinkPrior
{
    /// <summary>The earlier network of each document as a small integer, or -1 for a new or unlinked document.</summary>
    public required int[] Group { get; init; }

    /// <summary>Identifiers an earlier run refused as hubs; they are not used again.</summary>
    public IReadOnlySet<LinkIdentifier> KnownHubs { get; init; } = new HashSet<LinkIdentifier>();

    /// <summary>Near-duplicate candidate pairs (document ordinals) to judge instead of banding the whole list.</summary>
    public IReadOnlyList<(int A, int B)> TextCandidates { get; init; } = [];
}
