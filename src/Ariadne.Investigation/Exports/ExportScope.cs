namespace Ariadne.Investigation.Exports;

/// <summary>
/// Which documents an export covers: one network, an explicit set of documents (what a case links), or the whole
/// store. Every exporter takes one, so cases, the CLI and the web share the same code.
/// </summary>
public sealed record ExportScope
{
    private ExportScope(string? networkId, IReadOnlyList<string>? documentIds)
    {
        NetworkId = networkId;
        DocumentIds = documentIds;
    }

    /// <summary>Set for a network scope.</summary>
    public string? NetworkId { get; }

    /// <summary>Set for a document-set scope: distinct ids, ordinal order.</summary>
    public IReadOnlyList<string>? DocumentIds { get; }

    public bool IsWholeStore => NetworkId is null && DocumentIds is null;

    public static ExportScope WholeStore { get; } = new(null, null);

    public static ExportScope ForNetwork(string networkId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(networkId);
        return new ExportScope(networkId.Trim(), null);
    }

    /// <summary>Ids not in the store are skipped, so a case that lost a document still exports the rest.</summary>
    public static ExportScope ForDocuments(IEnumerable<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        return new ExportScope(null, [.. documentIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    public override string ToString() => NetworkId is not null ? "network " + NetworkId : DocumentIds is not null ? $"{DocumentIds.Count} documents" : "whole store";
}
