using System.Globalization;
using System.Text.Json;
using Ariadne.Core.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// A signed checkpoint as a small JSON object: the form of the signed heads beside the key and of the custody
/// stamp that goes out with every export. The signed time is kept in Unix milliseconds (what the signature covers);
/// the ISO time beside it is for people.
/// </summary>
public static class AuditCheckpointJson
{
    public static byte[] Serialize(AuditCheckpoint checkpoint, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("format", "ariadne-audit-checkpoint/v1");
            json.WriteString("case_id", checkpoint.CaseId);
            json.WriteNumber("sequence", checkpoint.Sequence);
            json.WriteString("hash", checkpoint.Hash);
            json.WriteNumber("at_unix_ms", checkpoint.AtUtc.ToUnixTimeMilliseconds());
            json.WriteString("at_utc", checkpoint.AtUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("key_id", checkpoint.KeyId);
            json.WriteString("signature", checkpoint.Signature);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Reads the checkpoint file at <paramref name="path"/> (a signed head or a custody stamp, named by
    /// <paramref name="what"/> in the error); a file that is not one is an <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public static AuditCheckpoint Load(string path, string what)
    {
        try
        {
            return Deserialize(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{what} '{path}' is not readable: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a checkpoint; a missing or mistyped field is a <see cref="JsonException"/> naming it.</summary>
    public static AuditCheckpoint Deserialize(ReadOnlySpan<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("a checkpoint is a JSON object");
        }

        return new AuditCheckpoint
        {
            CaseId = Text(root, "case_id"),
            Sequence = Number(root, "sequence"),
            Hash = Text(root, "hash"),
            AtUtc = DateTimeOffset.FromUnixTimeMilliseconds(Number(root, "at_unix_ms")),
            KeyId = Text(root, "key_id"),
            Signature = Text(root, "signature"),
        };
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new JsonException($"field '{name}' is missing or not a string");

    private static long Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw new JsonException($"field '{name}' is missing or not an integer");
}
