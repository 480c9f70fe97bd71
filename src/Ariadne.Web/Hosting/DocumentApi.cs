using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Search;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Store.Search;
using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>JSON API over documents: search with keyset paging, one document, and its raw bytes.</summary>
public static class DocumentApi
{
    public static IEndpointRouteBuilder MapDocumentApi(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/api/documents").RequireAuthorization(Policies.Read).AddEndpointFilter(NoStoreFilter.InvokeAsync);
        documents.MapGet("/", SearchAsync);
        documents.MapGet("/{id}", GetAsync);
        documents.MapGet("/{id}/raw", RawAsync);
        documents.MapGet("/{id}/images/{ordinal:int}", ImageAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<DocumentSearchPage>, ProblemHttpResult>> SearchAsync(AriadneStore store, string? q, string? kind, string? country, string? etype, string? evalue, string? city, string? from, string? to, string? cursor, int? limit, CancellationToken ct)
    {
        var size = limit ?? DocumentSearchRequest.DefaultPageSize;
        if (size is < 1 or > 500)
        {
            return TypedResults.Problem(detail: "limit: use a page size between 1 and 500.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!DocumentSearchRequest.TryCreate(new SearchFields(q, kind, country, from, to, etype, evalue, city, cursor), size, out var query, out var error))
        {
            return TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            return TypedResults.Ok(await store.SearchDocumentsAsync(query!, ct));
        }
        catch (ArgumentException ex)
        {
            // A cursor that was not made by us (edited or from another query) is a client error, not a crash.
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<Results<Ok<DocumentJson>, ProblemHttpResult>> GetAsync(AriadneStore store, string id, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var document = await store.GetDocumentAsync(id, ct);
        return document is null ? NoDocument(id) : TypedResults.Ok(DocumentJson.From(document, showServerPath: user.IsInRole(Roles.Admin)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RawAsync(AriadneStore store, string id, CancellationToken ct)
    {
        var document = await store.GetDocumentAsync(id, ct);
        return document is null ? NoDocument(id) : TypedResults.File(document.RawPayload, "application/octet-stream", $"{document.Id}.{document.RawFormat}");
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ImageAsync(AriadneStore store, WebHostOptions options, string id, int ordinal, CancellationToken ct)
    {
        var document = await store.GetDocumentAsync(id, ct);
        var image = document?.Images.FirstOrDefault(i => i.Ordinal == ordinal);
        if (image?.Sha256 is null || options.BlobRoot is null)
        {
            return TypedResults.Problem(detail: "This document has no stored image with that number.", statusCode: StatusCodes.Status404NotFound);
        }

        var blobs = new FileSystemBlobStore(options.BlobRoot);
        if (!blobs.Exists(image.Sha256))
        {
            return TypedResults.Problem(detail: "The image is recorded but its file is missing from the blob folder.", statusCode: StatusCodes.Status404NotFound);
        }

        // Served as opaque bytes with a sniffed image type only; nosniff (set globally) stops any other reading.
        return TypedResults.Stream(blobs.OpenRead(image.Sha256), ImageContentType.Sniff(blobs.GetPath(image.Sha256)));
    }

    private static ProblemHttpResult NoDocument(string id) =>
        TypedResults.Problem(detail: $"No document has the id '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
