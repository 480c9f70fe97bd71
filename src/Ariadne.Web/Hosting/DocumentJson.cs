using Ariadne.Core.Documents;

namespace Ariadne.Web.Hosting;

/// <summary>One document as <c>GET /api/documents/{id}</c> answers it: what was ingested, without the raw bytes (those are <c>/raw</c>).</summary>
public sealed record DocumentJson(
    string Id,
    string ContentSha256,
    string? ExternalId,
    string Kind,
    string? Source,
    string? SourceUrl,
    string? AuthorHandle,
    string? PostedAtRaw,
    DateTimeOffset? PostedAtUtc,
    string? Title,
    string Body,
    string? LocationRaw,
    string? Country,
    string? Language,
    string RawFormat,
    string? OriginFile,
    long OriginLine,
    IReadOnlyList<DocumentJson.Image> Images)
{
    /// <summary>An image reference of the ad, its stored hash, or why it could not be stored.</summary>
    public sealed record Image(string Reference, string? Sha256, string? MissingReason);

    /// <param name="document">The stored document.</param>
    /// <param name="showServerPath">
    /// True for Admins: the origin is the ingest file's full server path. Others get its file name only, since the
    /// path tells where the server keeps its data and a reader needs only the name and line to cite the record.
    /// </param>
    public static DocumentJson From(Document document, bool showServerPath)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentJson(document.Id, document.ContentSha256, document.ExternalId, document.Kind.ToString(), document.Source, document.SourceUrl,
            document.AuthorHandle, document.PostedAtRaw, document.PostedAtUtc, document.Title, document.Body, document.LocationRaw, document.Country,
            document.Language, document.RawFormat, showServerPath ? document.OriginFile : Path.GetFileName(document.OriginFile), document.OriginLine,
            [.. document.Images.Select(i => new Image(i.Reference, i.Sha256, i.MissingReason))]);
    }
}
