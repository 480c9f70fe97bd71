namespace Ariadne.Investigation.Search;

/// <summary>The search form's fields as typed (query-string values), before validation.</summary>
public sealed record SearchFields(
    string? Text, string? Kind, string? Country, string? From, string? To,
    string? EntityType, string? EntityValue, string? City, string? Cursor);
