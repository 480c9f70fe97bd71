using System.Text.Json;
using System.Text.Json.Serialization;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Store.Search;

namespace Ariadne.Store.Watches;

/// <summary>
/// The filters of a saved search, already validated by the search request (the web form or the CLI), kept as JSON in
/// <see cref="Watch.Definition"/>. Only the filters are kept: a watch pages through its own matches, not the search's.
/// </summary>
public sealed record WatchSearch
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string? Text { get; init; }

    public DocumentKind? Kind { get; init; }

    public string? Source { get; init; }

    public string? Country { get; init; }

    public EntityType? EntityType { get; init; }

    public string? EntityValue { get; init; }

    public string? City { get; init; }

    public DateTimeOffset? PostedFromUtc { get; init; }

    public DateTimeOffset? PostedToUtc { get; init; }

    /// <summary>The filters of <paramref name="query"/> (its cursor and page size are not part of a saved search).</summary>
    public static WatchSearch From(DocumentSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new WatchSearch
        {
            Text = query.Text,
            Kind = query.Kind,
            Source = query.Source,
            Country = query.Country,
            EntityType = query.EntityType,
            EntityValue = query.EntityValue,
            City = query.City,
            PostedFromUtc = query.PostedFromUtc,
            PostedToUtc = query.PostedToUtc,
        };
    }

    /// <summary>The search restricted to <paramref name="documents"/>, one page of up to <see cref="DocumentSearchQuery.MaxPageSize"/>.</summary>
    public DocumentSearchQuery ToQuery(IReadOnlyCollection<string> documents, string? cursor) => new()
    {
        Text = Text,
        Kind = Kind,
        Source = Source,
        Country = Country,
        EntityType = EntityType,
        EntityValue = EntityValue,
        City = City,
        PostedFromUtc = PostedFromUtc,
        PostedToUtc = PostedToUtc,
        WithinDocuments = documents,
        Cursor = cursor,
        PageSize = DocumentSearchQuery.MaxPageSize,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored definition; a definition that is not a saved search's JSON is refused.</summary>
    public static WatchSearch Parse(string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        try
        {
            return JsonSerializer.Deserialize<WatchSearch>(json, Json) ?? throw new InvalidDataException("A saved search's definition is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("A saved search's definition is not valid JSON: " + ex.Message, ex);
        }
    }

    /// <summary>A short description for lists: "massage · country US · phone +17135550142".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Text is not null)
        {
            parts.Add("“" + Text + "”");
        }

        if (Kind is { } kind)
        {
            parts.Add("kind " + kind.ToWireName());
        }

        if (Source is not null)
        {
            parts.Add("source " + Source);
        }

        if (Country is not null)
        {
            parts.Add("country " + Country);
        }

        if (EntityType is { } type)
        {
            parts.Add(type.ToString().ToLowerInvariant() + (EntityValue is null ? "" : " " + EntityValue));
        }

        if (City is not null)
        {
            parts.Add("city " + City);
        }

        if (PostedFromUtc is { } from)
        {
            parts.Add("from " + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (PostedToUtc is { } to)
        {
            parts.Add("to " + to.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "every document" : string.Join(" · ", parts);
    }
}
