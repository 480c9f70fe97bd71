using System.Text.Json;

namespace Ariadne.Linking.Networks;

/// <summary>The stored JSON form of a <see cref="NetworkSummary"/> (snake_case; docs/data-formats.md, "Networks in the store").</summary>
public static class NetworkSummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = false,
    };

    public static string Serialize(NetworkSummary summary) => JsonSerializer.Serialize(summary, Options);

    public static NetworkSummary? Deserialize(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<NetworkSummary>(json, Options);
}
