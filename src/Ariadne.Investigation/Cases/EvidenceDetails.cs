using System.Text.Json;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// The audit record's details for a captured piece of evidence: the hash and what was captured, as compact JSON.
/// Verification compares these with the evidence row, so editing the row (say, its hash) is caught too.
/// </summary>
public sealed record EvidenceDetails(string Sha256, string Kind, long Size, string? FileName, string? SourceUrl)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EvidenceDetails? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<EvidenceDetails>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
