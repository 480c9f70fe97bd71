using System.Text;
using Ariadne.Core.Sharing;
using Ariadne.Investigation.Cases;
using Ariadne.Investigation.Cases.Report;
using Ariadne.Investigation.Cases.Timeline;
using Ariadne.Investigation.Exports.Ctdc;
using Ariadne.Store;
using Ariadne.Web.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Ariadne.Web.Hosting;

/// <summary>
/// The handlers of the case downloads (mapped by <see cref="CaseEndpoints"/>): evidence, the timeline, the court
/// report and the exports, each to members and Admins only, and "not found" to everyone else.
/// </summary>
internal static class CaseDownloads
{
    public static async Task<Results<FileStreamHttpResult, NotFound>> EvidenceAsync([FromRoute] string id, [FromRoute] string evidence, HttpContext context, CaseService cases, AriadneStore store)
    {
        var actor = CaseActors.From(context.User);
        if (!(await cases.AccessAsync(actor, id, context.RequestAborted)).MaySee || !await CaseEndpoints.IsEvidenceOfAsync(store, id, evidence, context.RequestAborted))
        {
            return TypedResults.NotFound();
        }

        try
        {
            var (record, content) = await cases.OpenEvidenceAsync(actor, evidence, context.RequestAborted);

            // Always an attachment with nosniff (set for every response): uploaded HTML is never rendered here.
            return TypedResults.File(content, CaseEndpoints.MediaTypeOf(record.MediaType), record.FileName ?? record.Id, enableRangeProcessing: false);
        }
        catch (CaseNotFoundException)
        {
            // Withdrawn, or its file is missing from the vault: the record stays in the case, the bytes are gone.
            return TypedResults.NotFound();
        }
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> TimelineAsync([FromRoute] string id, [FromRoute] string format, [FromQuery(Name = "kind")] string[]? kinds, [FromQuery] string? from, [FromQuery] string? to,
        HttpContext context, CaseService cases, CaseTimelineBuilder timelines)
    {
        var actor = CaseActors.From(context.User);
        if (!(await cases.AccessAsync(actor, id, context.RequestAborted)).MaySee)
        {
            return TypedResults.NotFound();
        }

        var timeline = await timelines.BuildAsync(cases, actor, id, TimelineRequest.Parse(kinds, from, to).ToFilter(), context.RequestAborted);
        return format == "csv"
            ? TypedResults.File(Encoding.UTF8.GetBytes(TimelineExport.ToCsv(timeline)), "text/csv; charset=utf-8", id + "-timeline.csv")
            : TypedResults.File(TimelineExport.ToJson(timeline), "application/json", id + "-timeline.json");
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ContentHttpResult>> ReportAsync([FromRoute] string id, [FromRoute] string format, HttpContext context, CaseService cases, CaseReportBuilder reports)
    {
        var actor = CaseActors.From(context.User);
        if (!(await cases.AccessAsync(actor, id, context.RequestAborted)).MaySee)
        {
            return TypedResults.NotFound();
        }

        CaseReportFile file;
        if (format == "html")
        {
            file = await reports.ProduceHtmlAsync(actor, id, context.RequestAborted);
        }
        else
        {
            if (ChromiumPdfPrinter.FindExecutable() is null)
            {
                return TypedResults.Text("PDF reports need chromium on the server (apt-get install chromium, or set ARIADNE_CHROMIUM). The HTML report works without it.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            file = await reports.ProducePdfAsync(actor, id, ChromiumPdfPrinter.Create(), context.RequestAborted);
        }

        // A download, never rendered in the app's origin: the report is ours, but it quotes ad text.
        CustodyHeader.Add(context.Response, file.Custody);
        return TypedResults.File(file.Content, file.MediaType, file.FileName);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync([FromRoute] string id, [FromRoute] string file, HttpContext context, CaseService cases, CaseExports exports)
    {
        var actor = CaseActors.From(context.User);
        if (!(await cases.AccessAsync(actor, id, context.RequestAborted)).MaySee)
        {
            return TypedResults.NotFound();
        }

        // Each export is recorded in the case's audit log with the SHA-256 of exactly these bytes; the custody
        // stamp signed over that record goes out with it.
        var ct = context.RequestAborted;
        var (export, mediaType, name) = file switch
        {
            "graphml" => (await exports.GraphMlAsync(actor, id, ct), "application/graphml+xml", id + ".graphml"),
            "entities.csv" => (await exports.EntitiesCsvAsync(actor, id, ct), "text/csv; charset=utf-8", id + "-entities.csv"),
            "htcds.json" => (await exports.HtcdsAsync(actor, id, csv: false, ct), "application/json", id + "-htcds.json"),
            "htcds.csv" => (await exports.HtcdsAsync(actor, id, csv: true, ct), "text/csv; charset=utf-8", id + "-htcds.csv"),
            _ => ((await exports.CtdcAsync(actor, id, new KAnonymityOptions(), CtdcFormat.Csv, ct)).File, "text/csv; charset=utf-8", id + "-ctdc-k11.csv"),
        };
        CustodyHeader.Add(context.Response, export.Custody);
        return TypedResults.File(export.Bytes, mediaType, name);
    }
}
