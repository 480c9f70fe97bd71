using Ariadne.Investigation.Accounts;
using Ariadne.Web.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>
/// <c>POST /import</c>: receives one file from the import page's form and starts its import. Taking an
/// <see cref="IFormFile"/> makes ASP.NET Core validate the form's antiforgery token before this code runs.
/// </summary>
public static class ImportEndpoints
{
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/import", UploadAsync).RequireAuthorization(Policies.Import);
        return endpoints;
    }

    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    private static async Task<RedirectHttpResult> UploadAsync(IFormFile? file, HttpContext context, ImportQueue queue, WebHostOptions options)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.LocalRedirect("/import?error=empty");
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!UploadUnpacker.AllowedExtensions.Contains(extension))
        {
            return TypedResults.LocalRedirect("/import?error=type");
        }

        // The client's file name is used only for its extension and for display; the path is ours.
        var folder = Path.Combine(UploadRoot(options), Guid.CreateVersion7().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "upload" + extension);
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, context.RequestAborted);
        }

        var job = await queue.StartAsync(path, folder, Path.GetFileName(file.FileName), context.User.Identity?.Name ?? "unknown", context.RequestAborted);
        return TypedResults.LocalRedirect("/import/jobs/" + job.Record.Id);
    }

    private static string UploadRoot(WebHostOptions options) =>
        options.BlobRoot is { } blobs
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(blobs)) ?? blobs, "uploads")
            : Path.Combine(Path.GetTempPath(), "ariadne-uploads");
}
