using System.Text;
using Ariadne.Core.Cases;
using Ariadne.Core.Sharing;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases;
using Ariadne.Investigation.Cases.Report;
using Ariadne.Investigation.Cases.Timeline;
using Ariadne.Investigation.Exports.Ctdc;
using Ariadne.Store;
using Ariadne.Web.Cases;
using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Ariadne.Web.Hosting;

/// <summary>
/// The case forms' POST targets and the case downloads. Need-to-know: every route first checks that the signed-in
/// account may see the case, and answers 404 (not 403) when it may not, so a case's existence is itself need-to-know.
/// Changes need the <see cref="Policies.Cases"/> policy; reading and downloading need only <see cref="Policies.Read"/>
/// plus membership (a Viewer in a case reads it). Binding form fields makes ASP.NET Core check the antiforgery token.
/// Failed changes redirect back with an error code (never the exception text, so a crafted link cannot put words on
/// the page).
/// </summary>
public static class CaseEndpoints
{
    public const long MaxEvidenceBytes = ImportEndpoints.MaxUploadBytes;

    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/cases", async ([FromForm] string? title, [FromForm] string? description, HttpContext context, CaseService cases) =>
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                return Results.LocalRedirect("/cases?error=title");
            }

            var created = await cases.CreateAsync(CaseActors.From(context.User), title, description, context.RequestAborted);
            return Results.LocalRedirect(CasePath(created.Id));
        }).RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/status", ([FromRoute] string id, [FromForm] string? status, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, actor => cases.UpdateAsync(actor, id, null, null, status ?? "", context.RequestAborted)))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/members", ([FromRoute] string id, [FromForm] string? user, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, actor => cases.AddMemberAsync(actor, id, user ?? "", context.RequestAborted)))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/members/remove", ([FromRoute] string id, [FromForm] string? user, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, actor => cases.RemoveMemberAsync(actor, id, user ?? "", context.RequestAborted)))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/notes", ([FromRoute] string id, [FromForm] string? text, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, actor => cases.AddNoteAsync(actor, id, text ?? "", context.RequestAborted)))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/tasks", ([FromRoute] string id, [FromForm] string? title, [FromForm] string? assignee, [FromForm] string? due, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, actor => cases.AddTaskAsync(actor, id, title ?? "", string.IsNullOrEmpty(assignee) ? null : assignee, DueDate(due), context.RequestAborted)))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/details", ([FromRoute] string id, [FromForm] string? title, [FromForm] string? description, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, actor => cases.UpdateAsync(actor, id, title ?? "", description ?? "", null, context.RequestAborted)))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/items/remove", ([FromRoute] string id, [FromForm] string? type, [FromForm] string? key, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, actor => cases.RemoveItemAsync(actor, id, type ?? "", key ?? "", context.RequestAborted), "#items"))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/tasks/done", ([FromRoute] string id, [FromForm] string? task, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, actor => cases.CompleteTaskAsync(actor, id, task ?? "", context.RequestAborted)))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapPost("/cases/{id}/evidence", ([FromRoute] string id, IFormFile? file, [FromForm] string? kind, [FromForm] string? source, [FromForm] string? description, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, id, async actor =>
            {
                if (file is null || file.Length == 0 || kind is not (EvidenceKind.Upload or EvidenceKind.WebPage))
                {
                    throw new ArgumentException("An evidence upload needs a file and the kind upload or webpage.");
                }

                await using var content = file.OpenReadStream();
                await cases.CaptureAsync(actor, id, content, new EvidenceCapture(kind, file.FileName, MediaTypeOf(file.ContentType),
                    string.IsNullOrWhiteSpace(source) ? null : source.Trim(), description), context.RequestAborted);
            }, "#evidence"))
            .RequireAuthorization(Policies.Cases)
            .WithMetadata(new RequestSizeLimitAttribute(MaxEvidenceBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxEvidenceBytes });

        endpoints.MapPost("/cases/{id}/evidence/{evidence}/withdraw", ([FromRoute] string id, [FromRoute] string evidence, [FromForm] string? reason, HttpContext context, CaseService cases, AriadneStore store) =>
            ChangeAsync(context, cases, id, async actor =>
            {
                await RequireEvidenceOfAsync(store, id, evidence, context.RequestAborted);
                await cases.WithdrawEvidenceAsync(actor, evidence, reason ?? "", context.RequestAborted);
            }, "#evidence"))
            .RequireAuthorization(Policies.Cases);

        // "Add to case" on the network, document and entity pages: a network or a document is captured as evidence
        // (what the analyst saw, hashed), an entity is linked.
        endpoints.MapPost("/cases/items", ([FromForm(Name = "case")] string? caseId, [FromForm] string? type, [FromForm] string? key, HttpContext context, CaseService cases) =>
            ChangeAsync(context, cases, caseId ?? "", actor => type switch
            {
                CaseItemType.Network => cases.CaptureNetworkAsync(actor, caseId!, key ?? "", cancellationToken: context.RequestAborted),
                CaseItemType.Document => cases.CaptureDocumentAsync(actor, caseId!, key ?? "", cancellationToken: context.RequestAborted),
                CaseItemType.Entity => cases.AddItemAsync(actor, caseId!, CaseItemType.Entity, key ?? "", context.RequestAborted),
                Components.Cases.AddToCase.PhotoType => CapturePhotoAsync(cases, actor, caseId!, key ?? "", context.RequestAborted),
                _ => throw new ArgumentException("Unknown item type."),
            }, "#items"))
            .RequireAuthorization(Policies.Cases);

        endpoints.MapGet("/cases/{id}/evidence/{evidence}", async ([FromRoute] string id, [FromRoute] string evidence, HttpContext context, CaseService cases, AriadneStore store) =>
        {
            var actor = CaseActors.From(context.User);
            if (!await MaySeeAsync(cases, actor, id, context.RequestAborted))
            {
                return Results.NotFound();
            }

            try
            {
                await RequireEvidenceOfAsync(store, id, evidence, context.RequestAborted);
                var (record, content) = await cases.OpenEvidenceAsync(actor, evidence, context.RequestAborted);

                // Always an attachment with nosniff (set for every response): uploaded HTML is never rendered here.
                return Results.File(content, MediaTypeOf(record.MediaType), record.FileName ?? record.Id, enableRangeProcessing: false);
            }
            catch (CaseNotFoundException)
            {
                return Results.NotFound();
            }
        }).AddEndpointFilter(AuditedDownloadFilter.InvokeAsync).RequireAuthorization(Policies.Read);

        endpoints.MapGet("/cases/{id}/timeline.{format:regex(^(csv|json)$)}", async ([FromRoute] string id, [FromRoute] string format, [FromQuery(Name = "kind")] string[]? kinds, [FromQuery] string? from, [FromQuery] string? to,
            HttpContext context, CaseService cases, CaseTimelineBuilder timelines) =>
        {
            var actor = CaseActors.From(context.User);
            if (!await MaySeeAsync(cases, actor, id, context.RequestAborted))
            {
                return Results.NotFound();
            }

            var timeline = await timelines.BuildAsync(cases, actor, id, TimelineRequest.Parse(kinds, from, to).ToFilter(), context.RequestAborted);
            return format == "csv"
                ? Results.File(Encoding.UTF8.GetBytes(TimelineExport.ToCsv(timeline)), "text/csv; charset=utf-8", id + "-timeline.csv")
                : Results.File(TimelineExport.ToJson(timeline), "application/json", id + "-timeline.json");
        }).RequireAuthorization(Policies.Read);

        endpoints.MapGet("/cases/{id}/report.{format:regex(^(html|pdf)$)}", async ([FromRoute] string id, [FromRoute] string format, HttpContext context, CaseService cases, CaseReportBuilder reports) =>
        {
            var actor = CaseActors.From(context.User);
            if (!await MaySeeAsync(cases, actor, id, context.RequestAborted))
            {
                return Results.NotFound();
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
                    return Results.Text("PDF reports need chromium on the server (apt-get install chromium, or set ARIADNE_CHROMIUM). The HTML report works without it.",
                        "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                file = await reports.ProducePdfAsync(actor, id, ChromiumPdfPrinter.Create(), context.RequestAborted);
            }

            // A download, never rendered in the app's origin: the report is ours, but it quotes ad text.
            CustodyHeader.Add(context.Response, file.Custody);
            return Results.File(file.Content, file.MediaType, file.FileName);
        }).AddEndpointFilter(AuditedDownloadFilter.InvokeAsync).RequireAuthorization(Policies.Read);

        endpoints.MapGet("/cases/{id}/export/{file:regex(^(graphml|entities\\.csv|htcds\\.json|htcds\\.csv|ctdc\\.csv)$)}", async ([FromRoute] string id, [FromRoute] string file, HttpContext context, CaseService cases, CaseExports exports) =>
        {
            var actor = CaseActors.From(context.User);
            if (!await MaySeeAsync(cases, actor, id, context.RequestAborted))
            {
                return Results.NotFound();
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
            return Results.File(export.Bytes, mediaType, name);
        }).AddEndpointFilter(AuditedDownloadFilter.InvokeAsync).RequireAuthorization(Policies.Read);

        return endpoints;
    }

    /// <summary>A photo of a document, posted as <c>DOCUMENT-ID/BLOB-SHA256</c>: captured with the document as its source.</summary>
    private static async Task CapturePhotoAsync(CaseService cases, CaseActor actor, string caseId, string key, CancellationToken cancellationToken)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == key.Length - 1)
        {
            throw new ArgumentException("A photo is chosen as document/sha256.");
        }

        await cases.CapturePhotoAsync(actor, caseId, key[(slash + 1)..].ToLowerInvariant(), key[..slash], cancellationToken: cancellationToken);
    }

    /// <summary>A due date from the form's date input (yyyy-MM-dd), as the end of that day in UTC.</summary>
    private static DateTimeOffset? DueDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero)
            : throw new ArgumentException($"'{text}' is not a date (yyyy-mm-dd).");
    }

    public static string CasePath(string caseId) => "/cases/" + Uri.EscapeDataString(caseId);

    /// <summary>Whether the actor may see the case; false both when it does not exist and when they are outside it.</summary>
    public static async Task<bool> MaySeeAsync(CaseService cases, CaseActor actor, string caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        try
        {
            await cases.RequireAccessAsync(actor, caseId, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is CaseNotFoundException or CaseAccessDeniedException)
        {
            return false;
        }
    }

    private static async Task<IResult> ChangeAsync(HttpContext context, CaseService cases, string caseId, Func<CaseActor, Task> change, string fragment = "")
    {
        var actor = CaseActors.From(context.User);
        if (string.IsNullOrEmpty(caseId) || !await MaySeeAsync(cases, actor, caseId, context.RequestAborted))
        {
            return Results.NotFound();
        }

        var back = CasePath(caseId);
        try
        {
            await change(actor);
            return Results.LocalRedirect(back + fragment);
        }
        catch (CaseAccessDeniedException)
        {
            return Results.LocalRedirect(back + "?error=denied" + fragment);
        }
        catch (CaseNotFoundException)
        {
            return Results.LocalRedirect(back + "?error=missing" + fragment);
        }
        catch (ArgumentException)
        {
            return Results.LocalRedirect(back + "?error=invalid" + fragment);
        }
    }

    private static async Task RequireEvidenceOfAsync(AriadneStore store, string caseId, string evidenceId, CancellationToken cancellationToken)
    {
        // An evidence id under another case's URL is "not found": ids must not let a member of one case reach another's.
        var record = await store.Cases.GetEvidenceAsync(evidenceId, cancellationToken);
        if (record is null || record.CaseId != caseId)
        {
            throw new CaseNotFoundException($"Case '{caseId}' has no evidence '{evidenceId}'.");
        }
    }

    private static string MediaTypeOf(string? recorded) =>
        MediaTypeHeaderValue.TryParse(recorded, out var parsed) && parsed.MediaType.HasValue ? parsed.ToString() : "application/octet-stream";
}
