using Ariadne.Core.Cases;
using Ariadne.Investigation.Cases;
using Ariadne.Store;
using Ariadne.Web.Cases;
using Ariadne.Web.Components.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Ariadne.Web.Hosting;

/// <summary>
/// The handlers of the case forms (mapped by <see cref="CaseEndpoints"/>). Each asks the case service what the actor
/// may do and branches on the answer; the service still refuses a violation itself, and any refusal it raises is
/// turned into the same redirect. Failed changes redirect back with an error code (never the exception text, so a
/// crafted link cannot put words on the page).
/// </summary>
internal static class CaseChanges
{
    public static async Task<RedirectHttpResult> CreateAsync([FromForm] string? title, [FromForm] string? description, HttpContext context, CaseService cases)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return TypedResults.LocalRedirect("/cases?error=title");
        }

        var created = await cases.CreateAsync(CaseActors.From(context.User), title, description, context.RequestAborted);
        return TypedResults.LocalRedirect(CaseEndpoints.CasePath(created.Id));
    }

    public static Task<Results<RedirectHttpResult, NotFound>> ChangeStatusAsync([FromRoute] string id, [FromForm] string? status, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayWork, actor => cases.UpdateAsync(actor, id, null, null, status ?? "", context.RequestAborted));

    public static Task<Results<RedirectHttpResult, NotFound>> EditDetailsAsync([FromRoute] string id, [FromForm] string? title, [FromForm] string? description, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayWork, actor => cases.UpdateAsync(actor, id, title ?? "", description ?? "", null, context.RequestAborted));

    public static Task<Results<RedirectHttpResult, NotFound>> AddMemberAsync([FromRoute] string id, [FromForm] string? user, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayManageMembers, actor => cases.AddMemberAsync(actor, id, user ?? "", context.RequestAborted));

    public static Task<Results<RedirectHttpResult, NotFound>> RemoveMemberAsync([FromRoute] string id, [FromForm] string? user, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayManageMembers, actor => cases.RemoveMemberAsync(actor, id, user ?? "", context.RequestAborted));

    public static Task<Results<RedirectHttpResult, NotFound>> AddNoteAsync([FromRoute] string id, [FromForm] string? text, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayWork, actor => cases.AddNoteAsync(actor, id, text ?? "", context.RequestAborted));

    public static Task<Results<RedirectHttpResult, NotFound>> AddTaskAsync([FromRoute] string id, [FromForm] string? title, [FromForm] string? assignee, [FromForm] string? due, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayWork, actor => cases.AddTaskAsync(actor, id, title ?? "", string.IsNullOrEmpty(assignee) ? null : assignee, DueDate(due), context.RequestAborted));

    public static Task<Results<RedirectHttpResult, NotFound>> CompleteTaskAsync([FromRoute] string id, [FromForm] string? task, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayWork, actor => cases.CompleteTaskAsync(actor, id, task ?? "", context.RequestAborted));

    public static Task<Results<RedirectHttpResult, NotFound>> UnlinkItemAsync([FromRoute] string id, [FromForm] string? type, [FromForm] string? key, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayWork, actor => cases.RemoveItemAsync(actor, id, type ?? "", key ?? "", context.RequestAborted), "#items");

    [RequestSizeLimit(CaseEndpoints.MaxEvidenceBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CaseEndpoints.MaxEvidenceBytes)]
    public static Task<Results<RedirectHttpResult, NotFound>> CaptureEvidenceAsync([FromRoute] string id, IFormFile? file, [FromForm] string? kind, [FromForm] string? source, [FromForm] string? description, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, id, MayWork, async actor =>
        {
            if (file is null || file.Length == 0 || kind is not (EvidenceKind.Upload or EvidenceKind.WebPage))
            {
                throw new ArgumentException("An evidence upload needs a file and the kind upload or webpage.");
            }

            await using var content = file.OpenReadStream();
            await cases.CaptureAsync(actor, id, content, new EvidenceCapture(kind, file.FileName, CaseEndpoints.MediaTypeOf(file.ContentType),
                string.IsNullOrWhiteSpace(source) ? null : source.Trim(), description), context.RequestAborted);
        }, "#evidence");

    public static Task<Results<RedirectHttpResult, NotFound>> WithdrawEvidenceAsync([FromRoute] string id, [FromRoute] string evidence, [FromForm] string? reason, HttpContext context, CaseService cases, AriadneStore store) =>
        ChangeAsync(context, cases, id, access => access.MayWithdrawEvidence, async actor =>
        {
            if (!await CaseEndpoints.IsEvidenceOfAsync(store, id, evidence, context.RequestAborted))
            {
                throw new CaseNotFoundException($"Case '{id}' has no evidence '{evidence}'.");
            }

            await cases.WithdrawEvidenceAsync(actor, evidence, reason ?? "", context.RequestAborted);
        }, "#evidence");

    /// <summary>
    /// "Add to case" on the network, document and entity pages: a network or a document is captured as evidence
    /// (what the analyst saw, hashed), an entity is linked.
    /// </summary>
    public static Task<Results<RedirectHttpResult, NotFound>> AddToCaseAsync([FromForm(Name = "case")] string? caseId, [FromForm] string? type, [FromForm] string? key, HttpContext context, CaseService cases) =>
        ChangeAsync(context, cases, caseId ?? "", MayWork, actor => type switch
        {
            CaseItemType.Network => cases.CaptureNetworkAsync(actor, caseId!, key ?? "", cancellationToken: context.RequestAborted),
            CaseItemType.Document => cases.CaptureDocumentAsync(actor, caseId!, key ?? "", cancellationToken: context.RequestAborted),
            CaseItemType.Entity => cases.AddItemAsync(actor, caseId!, CaseItemType.Entity, key ?? "", context.RequestAborted),
            AddToCase.PhotoType => CapturePhotoAsync(cases, actor, caseId!, key ?? "", context.RequestAborted),
            _ => throw new ArgumentException("Unknown item type."),
        }, "#items");

    private static bool MayWork(CaseAccess access) => access.MayWork;

    private static bool MayManageMembers(CaseAccess access) => access.MayManageMembers;

    /// <summary>
    /// Runs a change the access allows and redirects back to the case: 404 when the actor may not see the case,
    /// <c>?error=denied</c> when they see it but may not do this, and the service's own refusals as error codes.
    /// </summary>
    private static async Task<Results<RedirectHttpResult, NotFound>> ChangeAsync(HttpContext context, CaseService cases, string caseId, Func<CaseAccess, bool> allowed, Func<CaseActor, Task> change, string fragment = "")
    {
        var actor = CaseActors.From(context.User);
        var access = await cases.AccessAsync(actor, caseId, context.RequestAborted);
        if (!access.MaySee)
        {
            return TypedResults.NotFound();
        }

        var back = CaseEndpoints.CasePath(caseId);
        if (!allowed(access))
        {
            return TypedResults.LocalRedirect(back + "?error=denied" + fragment);
        }

        try
        {
            await change(actor);
            return TypedResults.LocalRedirect(back + fragment);
        }
        catch (CaseAccessDeniedException)
        {
            return TypedResults.LocalRedirect(back + "?error=denied" + fragment);
        }
        catch (CaseNotFoundException)
        {
            return TypedResults.LocalRedirect(back + "?error=missing" + fragment);
        }
        catch (ArgumentException)
        {
            return TypedResults.LocalRedirect(back + "?error=invalid" + fragment);
        }
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
}
