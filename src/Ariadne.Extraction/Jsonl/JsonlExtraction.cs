using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ariadne.Extraction.Jsonl;

/// <summary>
/// The <c>ariadne extract</c> contract: one JSON object per input line (<c>id</c>, <c>text</c>, optional
/// <c>country</c>) in, one line per input line out: <c>{"id":…,"entities":[…]}</c>, or <c>{"id":…,"error":"…"}</c>
/// for a line that cannot be read, after which processing continues. The id is copied as written (string or
/// number); offsets are UTF-16 offsets into <c>text</c>.
/// </summary>
public static class JsonlExtraction
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<JsonlExtractionSummary> RunAsync(TextReader input, TextWriter output, string? defaultCountry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var extractor = new EntityExtractor();
        var buffer = new MemoryStream();
        long lines = 0, errors = 0, entities = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lines++;
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                var found = ProcessLine(line, defaultCountry, extractor, writer, out var error);
                if (error)
                {
                    errors++;
                }

                entities += found;
            }

            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return new JsonlExtractionSummary(lines, errors, entities);
    }

    /// <summary>Writes the answer for one line; returns the number of entities, <paramref name="error"/> when it failed.</summary>
    public static int ProcessLine(string line, string? defaultCountry, EntityExtractor extractor, Utf8JsonWriter writer, out bool error)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(writer);
        error = true;
        if (string.IsNullOrWhiteSpace(line))
        {
            WriteError(writer, null, "empty line");
            return 0;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            WriteError(writer, null, "invalid JSON: " + ex.Message);
            return 0;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                WriteError(writer, null, $"line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
                return 0;
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement : null;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind == JsonValueKind.Null)
            {
                WriteError(writer, id, "missing required field 'text'");
                return 0;
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                WriteError(writer, id, $"field 'text' must be a string, not {Kind(textElement)}");
                return 0;
            }

            var country = defaultCountry;
            if (root.TryGetProperty("country", out var countryElement) && countryElement.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(countryElement.GetString()))
            {
                country = countryElement.GetString();
            }

            var text = textElement.GetString()!;
            var found = extractor.Extract(text, country);
            writer.WriteStartObject();
            WriteId(writer, id);
            writer.WriteStartArray("entities");
            foreach (var e in found)
            {
                writer.WriteStartObject();
                writer.WriteString("type", EntityTypeNames.Of(e.Type));
                if (e.Type == Core.Entities.EntityType.Age)
                {
                    writer.WriteNumber("value", int.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    writer.WriteString("value", e.Value);
                }

                writer.WriteNumber("start", e.Start);
                writer.WriteNumber("end", e.End);
                if (e.Obfuscated)
                {
                    writer.WriteBoolean("obfuscated", true);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            error = false;
            return found.Count;
        }
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => e.ValueKind.ToString().ToLowerInvariant(),
    };

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteError(Utf8JsonWriter writer, JsonElement? id, string message)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }
}
