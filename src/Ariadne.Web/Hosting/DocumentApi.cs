using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Search;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>JSON API over documents: search with keyset paging, one document, and its raw bytes.</summary>
public static class DocumentApi
{
    public static IEndpointRouteBuilder MapDocumentApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/documents").RequireAuthorization(Policies.Read);
        group.MapGet("/", async (AriadneStore store, string? q, string? kind, string? country, string? etype, string? evalue, string? city, string? from, string? to, string? cursor, int? limit, CancellationToken ct) =>
        {
            var size = limit ?? DocumentSearchRequest.DefaultPageSize;
            if (size is < 1 or > 500)
            {
                return Results.Problem(detail: "limit: use a page size between 1 and 500.", statusCode: StatusCodes.Status400BadRequest);
            }

            if (!DocumentSearchRequest.TryCreate(new SearchFields(q, kind, country, from, to, etype, evalue, city, cursor), size, out var query, out var error))
            {
                return Results.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                return Results.Json(await store.SearchDocumentsAsync(query!, ct));
            }
            catch (ArgumentException ex)
            {
                // A cursor that was not made by us (edited or from another query) is a client error, not a crash.
                return Results.Problem(detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        group.MapGet("/{id}", async (AriadneStore store, string id, CancellationToken ct) =>
        {
            var document = await store.GetDocumentAsync(id, ct);
            return document is null
                ? Results.Problem(detail: $"No document has the id '{id}'.", statusCode: StatusCodes.Status404NotFound)
                : Results.Json(new
                {
                    document.Id,
                    document.ContentSha256,
                    document.ExternalId,
                    kind = document.Kind.ToString(),
                    document.Source,
                    document.SourceUrl,
                    document.AuthorHandle,
                    document.PostedAtRaw,
                    document.PostedAtUtc,
                    document.Title,
                    document.Body,
                    document.LocationRaw,
                    document.Country,
                    document.Language,
                    document.RawFormat,
                    document.OriginFile,
                    document.OriginLine,
                    images = document.Images.Select(i => new { i.Reference, i.Sha256, i.MissingReason }),
                });
        });
        group.MapGet("/{id}/raw", async (AriadneStore store, string id, CancellationToken ct) =>
        {
            var document = await store.GetDocumentAsync(id, ct);
            return document is null
                ? Results.Problem(detail: $"No document has the id '{id}'.", statusCode: StatusCodes.Status404NotFound)
                : Results.File(document.RawPayload, "application/octet-stream", $"{document.Id}.{document.RawFormat}");
        });
        group.MapGet("/{id}/images/{ordinal:int}", async (AriadneStore store, WebHostOptions options, string id, int ordinal, CancellationToken ct) =>
        {
            var document = await store.GetDocumentAsync(id, ct);
            var image = document?.Images.FirstOrDefault(i => i.Ordinal == ordinal);
            if (image?.Sha256 is null || options.BlobRoot is null)
            {
                return Results.Problem(detail: "This document has no stored image with that number.", statusCode: StatusCodes.Status404NotFound);
            }

            var blobs = new FileSystemBlobStore(options.BlobRoot);
            if (!blobs.Exists(image.Sha256))
            {
                return Results.Problem(detail: "The image is recorded but its file is missing from the blob folder.", statusCode: StatusCodes.Status404NotFound);
            }

            // Served as opaque bytes with a sniffed image type only; nosniff (set globally) stops any other reading.
            return Results.Stream(blobs.OpenRead(image.Sha256), ImageContentType.Sniff(blobs.GetPath(image.Sha256)));
        });
        return endpoints;
    }
}
