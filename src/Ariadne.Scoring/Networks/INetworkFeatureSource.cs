namespace Ariadne.Scoring.Networks;

/// <summary>
/// Supplies network features for a document. Today <see cref="IdentifierNetworkFeatureSource"/> computes them from
/// identifiers shared between documents; the linking project can supply its networks through the same interface.
/// </summary>
public interface INetworkFeatureSource
{
    NetworkFeatures Get(string documentId);
}
