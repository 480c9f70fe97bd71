using System.Globalization;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Extraction.Query;
using Ariadne.Store;
using Ariadne.Store.Search;

namespace Ariadne.Investigation.Search;

/// <summary>Turns the text of search form fields or query-string values into a validated store query.</summary>
public static class DocumentSearchRequest
{
    public const int DefaultPageSize = 50;

    /// <summary>
    /// Builds the query, or returns false with an error that names the field and says what is expected.
    /// Dates are whole days in UTC; <paramref name="to"/> includes its whole day.
    /// </summary>
    public static bool TryCreate(
        string? text, string? kind, string? country, string? from, string? to, string? cursor, int pageSize,
        out DocumentSearchQuery? query, out string? error) =>
        TryCreate(new SearchFields(text, kind, country, from, to, null, null, null, cursor), pageSize, out query, out error);

    /// <summary>As above, with the entity and city filters of the search page.</summary>
    public static bool TryCreate(SearchFields fields, int pageSize, out DocumentSearchQuery? query, out string? error)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var (text, kind, country, from, to, entityType, entityValue, city, cursor) = fields;
        query = null;
        error = null;
        EntityType? parsedEntityType = null;
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            if (!EntityTypeNames.TryParse(entityType.Trim(), out var et))
            {
                error = $"entity type: '{entityType}' is not an entity type; use phone, email, url, handle, crypto, age, price, name or location.";
                return false;
            }

            parsedEntityType = et;
        }
        else if (!string.IsNullOrWhiteSpace(entityValue))
        {
            error = "entity value: choose the entity type too (a value such as +15555550123 is a phone).";
            return false;
        }

        string? parsedEntityValue = string.IsNullOrWhiteSpace(entityValue) ? null : entityValue.Trim();
        if (parsedEntityValue is not null && !TryNormaliseValue(parsedEntityType!.Value, parsedEntityValue, out parsedEntityValue, out error))
        {
            return false;
        }

        if (SearchQueryParser.Validate(text, SearchIdentifiers.Instance) is { } textError)
        {
            error = "query: " + textError;
            return false;
        }

        DocumentKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!DocumentKinds.TryParse(kind, out var k))
            {
                error = $"kind: '{kind}' is not a document kind; use ad, post, chat or tip.";
                return false;
            }

            parsedKind = k;
        }

        string? parsedCountry = null;
        if (!string.IsNullOrWhiteSpace(country))
        {
            parsedCountry = country.Trim().ToUpperInvariant();
            if (parsedCountry.Length != 2 || !parsedCountry.All(char.IsAsciiLetterUpper))
            {
                error = $"country: '{country}' is not a two-letter ISO country code such as US or GB.";
                return false;
            }
        }

        if (!TryParseDay(from, "from", out var fromDay, out error) || !TryParseDay(to, "to", out var toDay, out error))
        {
            return false;
        }

        if (fromDay is { } f && toDay is { } t && t < f)
        {
            error = "to: the end date is before the start date.";
            return false;
        }

        query = new DocumentSearchQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            Identifiers = SearchIdentifiers.Instance,
            Kind = parsedKind,
            Country = parsedCountry,
            EntityType = parsedEntityType,
            EntityValue = parsedEntityValue,
            City = string.IsNullOrWhiteSpace(city) ? null : city.Trim(),
            PostedFromUtc = fromDay is { } fd ? new DateTimeOffset(fd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            // The last day the calendar has has no next day to stop before: up to it is no upper bound at all.
            PostedToUtc = toDay is { } td && td < DateOnly.MaxValue ? new DateTimeOffset(td.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            Cursor = string.IsNullOrWhiteSpace(cursor) ? null : cursor,
            PageSize = pageSize,
        };
        return true;
    }

    // Identifiers are matched as extraction stores them, whatever the format typed: "713-555-0171" is +17135550171,
    // "Jade@Example.com" is jade@example.com. Other types (names, places…) are matched as typed.
    private static bool TryNormaliseValue(EntityType type, string value, out string? normalised, out string? error)
    {
        normalised = value;
        error = null;
        if (type is not (EntityType.Phone or EntityType.Email or EntityType.Handle or EntityType.Crypto))
        {
            return true;
        }

        var name = EntityTypeNames.Of(type);
        switch (QueryIdentifiers.ReadValue(type, value))
        {
            case { Values: [var only] }:
                normalised = only;
                return true;
            case { Type: EntityType.Handle }:
                error = $"entity value: name the handle's platform too, e.g. instagram:{value.TrimStart('@')}, or search handle:{value} in the text to match every platform.";
                return false;
            default:
                error = $"entity value: '{value}' is not {(type == EntityType.Email ? "an" : "a")} {name} in any form we read.";
                return false;
        }
    }

    private static bool TryParseDay(string? value, string field, out DateOnly? day, out string? error)
    {
        day = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            day = d;
            return true;
        }

        error = $"{field}: '{value}' is not a date; use YYYY-MM-DD.";
        return false;
    }
}
