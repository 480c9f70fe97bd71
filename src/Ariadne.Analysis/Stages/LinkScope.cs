using Ariadne.Core.Networks;
using Ariadne.Linking;
using Ariadne.Linking.Graph;
using Ariadne.Linking.Text;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// The documents one link run judges, in id order, with what earlier runs decided about them: the whole store for a
/// full run; the new documents plus every stored network they touch for an incremental one.
/// </summary>
internal sealed record LinkScope
{
    public required LinkDocument[] Documents { get; init; }

    public required SignatureMatrix Signatures { get; init; }

    /// <summary>Earlier decisions for an incremental run; null for a full run.</summary>
    public LinkPrior? Prior { get; init; }

    /// <summary>The earlier network of every document in scope that was in one.</summary>
    public required IReadOnlyDictionary<string, string> PreviousMembership { get; init; }

    /// <summary>The stored edges of those earlier networks (an incremental run keeps them and adds its own).</summary>
    public IReadOnlyList<NetworkEdge> PriorEdges { get; init; } = [];

    /// <summary>The stored summary (JSON) of each earlier network in scope, for the templates found before.</summary>
    public IReadOnlyDictionary<string, string> PriorSummaries { get; init; } = new Dictionary<string, string>();

    /// <summary>The documents this run places, or null for all of them.</summary>
    public IReadOnlyList<string>? Linked { get; init; }

    /// <summary>Stored hubs that new documents also carry, with their counts brought up to date.</summary>
    public IReadOnlyList<LinkHub> TouchedHubs { get; init; } = [];

    /// <summary>
    /// Near-duplicate families of new documents that already span several stored networks: boilerplate, decided
    /// before the engine runs so those networks are not read only to be refused.
    /// </summary>
    public IReadOnlyList<Hub> BoilerplateFamilies { get; init; } = [];

    /// <summary>What an incremental run looked at, in words (for the phase line).</summary>
    public string Counts { get; init; } = string.Empty;
}
