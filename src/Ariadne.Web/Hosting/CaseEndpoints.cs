using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Ariadne.Web.Hosting;

/// <summary>
/// The case forms' POST targets and the case downloads. Need-to-know: every route first asks the case service what
/// the signed-in account may do with the case, and answers 404 (not 403) when it may not see it, so a case's
/// existence is itself need-to-know. Changes need the <see cref="Policies.Cases"/> policy (<see cref="CaseChanges"/>);
/// reading and downloading need only <see cref="Policies.Read"/> plus membership (a Viewer in a case reads it;
/// <see cref="CaseDownloads"/>). Binding form fields makes ASP.NET Core check the antiforgery token.
/// </summary>
public static class CaseEndpoints
{
    public const long MaxEvidenceBytes = ImportEndpoints.MaxUploadBytes;

    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Groups without a prefix, so each line shows its whole path: under a "/cases" prefix, "/cases" itself
        // would be declared as "/cases/".
        var changes = endpoints.MapGroup("").RequireAuthorization(Policies.Cases);
        changes.MapPost("/cases", CaseChanges.CreateAsync);
        changes.MapPost("/cases/{id}/status", CaseChanges.ChangeStatusAsync);
        changes.MapPost("/cases/{id}/details", CaseChanges.EditDetailsAsync);
        changes.MapPost("/cases/{id}/members", CaseChanges.AddMemberAsync);
        changes.MapPost("/cases/{id}/members/remove", CaseChanges.RemoveMemberAsync);
        changes.MapPost("/cases/{id}/notes", CaseChanges.AddNoteAsync);
        changes.MapPost("/cases/{id}/tasks", CaseChanges.AddTaskAsync);
        changes.MapPost("/cases/{id}/tasks/done", CaseChanges.CompleteTaskAsync);
        changes.MapPost("/cases/{id}/items/remove", CaseChanges.UnlinkItemAsync);
        changes.MapPost("/cases/{id}/evidence", CaseChanges.CaptureEvidenceAsync);
        changes.MapPost("/cases/{id}/evidence/{evidence}/withdraw", CaseChanges.WithdrawEvidenceAsync);
        changes.MapPost("/cases/items", CaseChanges.AddToCaseAsync);

        // Evidence, the report and the exports are recorded in the case's chain of custody; the timeline is not.
        var downloads = endpoints.MapGroup("").RequireAuthorization(Policies.Read);
        downloads.MapGet("/cases/{id}/evidence/{evidence}", CaseDownloads.EvidenceAsync).AddEndpointFilter(AuditedDownloadFilter.InvokeAsync);
        downloads.MapGet("/cases/{id}/timeline.{format:regex(^(csv|json)$)}", CaseDownloads.TimelineAsync);
        downloads.MapGet("/cases/{id}/report.{format:regex(^(html|pdf)$)}", CaseDownloads.ReportAsync).AddEndpointFilter(AuditedDownloadFilter.InvokeAsync);
        downloads.MapGet("/cases/{id}/export/{file:regex(^(graphml|entities\\.csv|htcds\\.json|htcds\\.csv|ctdc\\.csv)$)}", CaseDownloads.ExportAsync).AddEndpointFilter(AuditedDownloadFilter.InvokeAsync);
        return endpoints;
    }

    public static string CasePath(string caseId) => "/cases/" + Uri.EscapeDataString(caseId);

    /// <summary>Whether the evidence belongs to the case: an evidence id under another case's URL is "not found", so ids cannot let a member of one case reach another's.</summary>
    internal static async Task<bool> IsEvidenceOfAsync(AriadneStore store, string caseId, string evidenceId, CancellationToken cancellationToken)
    {
        var record = await store.Cases.GetEvidenceAsync(evidenceId, cancellationToken);
        return record is not null && record.CaseId == caseId;
    }

    internal static string MediaTypeOf(string? recorded) =>
        MediaTypeHeaderValue.TryParse(recorded, out var parsed) && parsed.MediaType.HasValue ? parsed.ToString() : "application/octet-stream";
}
