using Ariadne.Store;

namespace Ariadne.Investigation.Exports.Graphs;

/// <summary>Reads the export graph of a scope from the store: its documents, their identifiers, the joining edges among them, their risk.</summary>
public sealed class ExportGraphReader(AriadneStore store)
{
    public async Task<ExportGraph> ReadAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var reader = new ExportStoreReader(store);
        var documents = await reader.ReadDocumentsAsync(scope, cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var identifiers = await reader.ReadMentionsAsync(ids, [.. ExportGraphBuilder.IdentifierTypes], cancellationToken);
        var edges = await reader.ReadEdgesAsync(documents, cancellationToken);
        var risks = await reader.ReadRisksAsync(ids, cancellationToken);
        return ExportGraphBuilder.Build(documents, identifiers, edges, risks);
    }
}
