using System.Security.Cryptography;
using Ariadne.Core.Cases;
using Ariadne.Core.Sharing;
using Ariadne.Investigation.Exports;
using Ariadne.Investigation.Exports.Ctdc;
using Ariadne.Investigation.Exports.Entities;
using Ariadne.Investigation.Exports.Graphs;
using Ariadne.Investigation.Exports.Htcds;
using Ariadne.Store;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// The exports of one case (GraphML, entity CSV, HTCDS, CTDC-style anonymised records), each checked for
/// need-to-know first and recorded in the case's audit log with the SHA-256 of the bytes handed out; each comes with
/// the custody stamp signed over that record.
/// </summary>
public sealed class CaseExports(AriadneStore store, CaseService cases)
{
    /// <summary>A network linked to a case brings at most this many of its ads into the case's exports.</summary>
    public const int MaxNetworkDocuments = 20_000;

    /// <summary>The documents a case covers: the ones linked to it directly and the members of its linked networks.</summary>
    public async Task<ExportScope> ScopeAsync(CaseActor actor, string caseId, CancellationToken cancellationToken = default) =>
        await ScopeOfAsync(await cases.GetAsync(actor, caseId, cancellationToken), cancellationToken);

    private async Task<ExportScope> ScopeOfAsync(CaseDetail detail, CancellationToken cancellationToken)
    {
        var ids = detail.Items.Where(i => i.ItemType == CaseItemType.Document).Select(i => i.Key).ToList();
        foreach (var network in detail.Items.Where(i => i.ItemType == CaseItemType.Network))
        {
            var members = await store.Networks.GetNetworkAsync(network.Key, cancellationToken);
            if (members is not null)
            {
                ids.AddRange(members.Members.Take(MaxNetworkDocuments).Select(m => m.Id));
            }
        }

        return ExportScope.ForDocuments(ids);
    }

    public async Task<CaseExportFile> GraphMlAsync(CaseActor actor, string caseId, CancellationToken cancellationToken = default)
    {
        var graph = await new ExportGraphReader(store).ReadAsync(await ScopeAsync(actor, caseId, cancellationToken), cancellationToken);
        return await RecordAsync(actor, caseId, "graphml", Render(s => GraphMlWriter.Write(graph, s)), cancellationToken);
    }

    public async Task<CaseExportFile> EntitiesCsvAsync(CaseActor actor, string caseId, CancellationToken cancellationToken = default)
    {
        var rows = await new EntityCsvExporter(store).ReadAsync(await ScopeAsync(actor, caseId, cancellationToken), cancellationToken);
        return await RecordAsync(actor, caseId, "entities csv", Render(s => EntityCsvExporter.Write(rows, s)), cancellationToken);
    }

    /// <summary>The case as HTCDS records (JSON or CSV); see docs/data-formats.md for the field mapping.</summary>
    public async Task<CaseExportFile> HtcdsAsync(CaseActor actor, string caseId, bool csv, CancellationToken cancellationToken = default)
    {
        var detail = await cases.GetAsync(actor, caseId, cancellationToken);
        var documents = await new HtcdsDocumentReader(store).ReadAsync(await ScopeOfAsync(detail, cancellationToken), cancellationToken);
        var closedAt = detail.Case.Status == CaseStatus.Closed ? detail.Case.UpdatedAtUtc : (DateTimeOffset?)null;
        var country = documents.Select(d => d.Country).OfType<string>().GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var input = new HtcdsCaseInput(detail.Case.Id, detail.Case.Title, detail.Case.Status, detail.Case.CreatedAtUtc, closedAt,
            detail.NameOf(detail.Case.OwnerUserId), country, documents, detail.Notes.Count);
        var records = HtcdsMapper.Map(input);
        var bytes = Render(s =>
        {
            if (csv)
            {
                HtcdsWriter.WriteCsv(records, s);
            }
            else
            {
                HtcdsWriter.WriteJson(records, s);
            }
        });
        return await RecordAsync(actor, caseId, csv ? "htcds csv" : "htcds json", bytes, cancellationToken);
    }

    /// <summary>The case's documents as k-anonymised records, with the report of what was generalised and suppressed.</summary>
    public async Task<(CaseExportFile File, AnonymisationReport Report)> CtdcAsync(CaseActor actor, string caseId, KAnonymityOptions options, CtdcFormat format, CancellationToken cancellationToken = default)
    {
        var records = await new CtdcRecordReader(store).ReadAsync(await ScopeAsync(actor, caseId, cancellationToken), cancellationToken);
        var result = KAnonymizer.Anonymise(records, options);
        var bytes = Render(s => CtdcExporter.Write(result, options.K, format, s));
        var file = await RecordAsync(actor, caseId, $"ctdc k={options.K} suppressed={result.Report.Suppressed}", bytes, cancellationToken);
        return (file, result.Report);
    }

    private async Task<CaseExportFile> RecordAsync(CaseActor actor, string caseId, string what, byte[] bytes, CancellationToken cancellationToken)
    {
        var custody = await cases.RecordExportAsync(actor, caseId, what, Convert.ToHexStringLower(SHA256.HashData(bytes)), cancellationToken);
        return new CaseExportFile(bytes, custody);
    }

    private static byte[] Render(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
