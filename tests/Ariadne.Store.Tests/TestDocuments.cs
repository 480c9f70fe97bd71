using System.Text;
using System.Text.Json;
using Ariadne.Core.Documents;

namespace Ariadne.Store.Tests;

/// <summary>Builds synthetic documents whose id and hash derive from their raw payload, as ingest does.</summary>
internal static class TestDocuments
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static Document Make(
        string body,
        string? title = null,
        DateTimeOffset? posted = null,
        DocumentKind kind = DocumentKind.Ad,
        string? source = "synth",
        string? country = "US",
        string? location = null,
        byte[]? raw = null,
        int images = 0)
    {
        raw ??= Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = body, title, posted, kind = kind.ToWireName(), source, country, location }));
        var sha = DocumentIds.Sha256Hex(raw);
        var id = DocumentIds.FromContentHash(sha);
        var document = new Document
        {
            Id = id,
            ContentSha256 = sha,
            ExternalId = "ext-" + sha[..6],
            Kind = kind,
            Source = source,
            SourceUrl = "https://example.test/" + sha[..8],
            AuthorHandle = "author_" + sha[..4],
            PostedAtRaw = posted?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            PostedAtUtc = posted,
            Title = title,
            Body = body,
            LocationRaw = location,
            Country = country,
            Language = "en",
            RawFormat = "jsonl",
            RawPayload = raw,
            OriginFile = "ads.jsonl",
            OriginLine = 7,
            IngestedAtUtc = Noon.AddDays(1),
        };
        for (var i = 0; i < images; i++)
        {
            document.Images.Add(new DocumentImage
            {
                DocumentId = id,
                Ordinal = i,
                Reference = $"img/{sha[..6]}-{i}.jpg",
                Sha256 = i % 2 == 0 ? new string('a', 63) + i : null,
                MissingReason = i % 2 == 0 ? null : "file not found",
            });
        }

        return document;
    }
}
