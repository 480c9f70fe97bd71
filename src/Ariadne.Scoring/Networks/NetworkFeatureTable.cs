namespace Ariadne.Scoring.Networks;

/// <summary>
/// Network features looked up by document id, filled from several sources: training mixes a synthetic corpus
/// and reviewed store documents, whose identifiers must not be pooled (they are different worlds).
/// </summary>
public sealed class NetworkFeatureTable : INetworkFeatureSource
{
    private readonly Dictionary<string, NetworkFeatures> _features = new(StringComparer.Ordinal);

    public void AddFrom(INetworkFeatureSource source, IEnumerable<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(documentIds);
        foreach (var id in documentIds)
        {
            _features[id] = source.Get(id);
        }
    }

    public NetworkFeatures Get(string documentId) => _features.TryGetValue(documentId, out var f) ? f : default;
}
