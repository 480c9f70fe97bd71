using Ariadne.Core.Documents;

namespace Ariadne.Analysis.Ingest;

/// <summary>Validates the contract fields of a record and builds its <see cref="Document"/>; one set of rules for every format.</summary>
internal static class DocumentFactory
{
    /// <summary>Returns null and the document, or the reason the record is rejected.</summary>
    public static string? TryCreate(RecordFields fields, byte[] raw, string format, RecordReadContext context, long line, out Document? document)
    {
        document = null;
        if (string.IsNullOrWhiteSpace(fields.Id))
        {
            return fields.Id is null ? "missing required field 'id'" : "field 'id' is empty";
        }

        if (string.IsNullOrWhiteSpace(fields.Text))
        {
            return fields.Text is null ? "missing required field 'text'" : "field 'text' is empty";
        }

        if (!DocumentKinds.TryParse(fields.Kind, out var kind))
        {
            return $"field 'kind' has unknown value '{Shorten(fields.Kind)}' (expected ad, post, chat or tip)";
        }

        var country = Blank(fields.Country)?.Trim().ToUpperInvariant();
        var postedRaw = Blank(fields.PostedAt);
        DateTimeOffset? postedUtc = PostedAtParser.TryParse(postedRaw, country, out var utc) ? utc : null;

        var sha = DocumentIds.Sha256Hex(raw);
        var id = DocumentIds.FromContentHash(sha);
        var images = new List<DocumentImage>(fields.Images.Count);
        foreach (var reference in fields.Images)
        {
            var trimmed = reference.Trim();
            if (trimmed.Length > 0)
            {
                images.Add(new DocumentImage { DocumentId = id, Ordinal = images.Count, Reference = trimmed });
            }
        }

        document = new Document
        {
            Id = id,
            ContentSha256 = sha,
            ExternalId = fields.Id.Trim(),
            Kind = kind,
            Source = Blank(fields.Source),
            SourceUrl = Blank(fields.Url),
            AuthorHandle = Blank(fields.Author),
            PostedAtRaw = postedRaw,
            PostedAtUtc = postedUtc,
            Title = Blank(fields.Title),
            Body = fields.Text,
            LocationRaw = Blank(fields.Location),
            Country = country,
            Language = Blank(fields.Language)?.Trim(),
            RawFormat = format,
            RawPayload = raw,
            OriginFile = context.OriginFile,
            OriginLine = line,
            IngestedAtUtc = context.IngestedAtUtc,
            Images = images,
        };
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Shorten(string? value) => value is null ? string.Empty : value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
