using Ariadne.Core.Networks;
using Ariadne.Store.Search;

namespace Ariadne.Store.Linking;

/// <summary>A network with its member documents (newest first) and its joining edges.</summary>
public sealed record NetworkDetail(Network Network, IReadOnlyList<DocumentSummary> Members, IReadOnlyList<NetworkEdge> Edges);
