using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Ariadne.Analysis.Ingest.Jsonl;

/// <summary>Reads the contract fields of one JSONL line with <see cref="Utf8JsonReader"/>, without building a DOM.</summary>
internal static class JsonlLineParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    /// <summary>Fills <paramref name="fields"/> and returns null, or returns the reason the line is rejected.</summary>
    public static string? Parse(ReadOnlySpan<byte> line, RecordFields fields)
    {
        if (!Utf8.IsValid(line))
        {
            return "line is not valid UTF-8";
        }

        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        string? field = null;
        try
        {
            if (!reader.Read())
            {
                return "line holds no JSON value";
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return $"line is a JSON {Describe(reader.TokenType)}, not an object";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var known = Match(ref reader);
                field = reader.GetString();
                reader.Read();
                if (known is null)
                {
                    // Unknown fields stay in the raw payload; nothing to read here.
                    reader.Skip();
                    continue;
                }

                var reason = ReadValue(ref reader, known.Value, field!, fields);
                if (reason is not null)
                {
                    return reason;
                }
            }

            field = null;
            if (reader.Read())
            {
                return "text after the JSON object";
            }

            return null;
        }
        catch (JsonException ex)
        {
            return $"invalid JSON: {FirstSentence(ex.Message)}";
        }
        catch (InvalidOperationException ex)
        {
            // GetString throws this for escapes that are not valid text, such as a lone surrogate.
            return field is null ? $"invalid JSON: {FirstSentence(ex.Message)}" : $"field '{field}' holds an invalid string: {FirstSentence(ex.Message)}";
        }
    }

    private static DocumentField? Match(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("id"u8)) { return DocumentField.Id; }
        if (reader.ValueTextEquals("text"u8)) { return DocumentField.Text; }
        if (reader.ValueTextEquals("kind"u8)) { return DocumentField.Kind; }
        if (reader.ValueTextEquals("source"u8)) { return DocumentField.Source; }
        if (reader.ValueTextEquals("url"u8)) { return DocumentField.Url; }
        if (reader.ValueTextEquals("title"u8)) { return DocumentField.Title; }
        if (reader.ValueTextEquals("posted_at"u8)) { return DocumentField.PostedAt; }
        if (reader.ValueTextEquals("location"u8)) { return DocumentField.Location; }
        if (reader.ValueTextEquals("country"u8)) { return DocumentField.Country; }
        if (reader.ValueTextEquals("author"u8)) { return DocumentField.Author; }
        if (reader.ValueTextEquals("images"u8)) { return DocumentField.Images; }
        if (reader.ValueTextEquals("language"u8)) { return DocumentField.Language; }
        return null;
    }

    private static string? ReadValue(ref Utf8JsonReader reader, DocumentField field, string name, RecordFields fields)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                fields.Set(field, null);
                return null;
            case JsonTokenType.String when field != DocumentField.Images:
                fields.Set(field, reader.GetString());
                return null;
            case JsonTokenType.String:
                // A single reference is common enough in hand-made files to accept it as a list of one.
                fields.Images.Clear();
                fields.Set(field, reader.GetString());
                return null;
            case JsonTokenType.Number when field is DocumentField.Id or DocumentField.PostedAt:
                // Numeric ids and epoch timestamps are common in exports; keep their text as written.
                fields.Set(field, Encoding.UTF8.GetString(reader.ValueSpan));
                return null;
            case JsonTokenType.StartArray when field == DocumentField.Images:
                return ReadImages(ref reader, fields);
            default:
                var expected = field switch
                {
                    DocumentField.Images => "an array of strings",
                    DocumentField.Id => "a string or a number",
                    DocumentField.PostedAt => "a string or a number",
                    _ => "a string",
                };
                return $"field '{name}' must be {expected}, not {Describe(reader.TokenType)}";
        }
    }

    private static string? ReadImages(ref Utf8JsonReader reader, RecordFields fields)
    {
        fields.Images.Clear();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                fields.Set(DocumentField.Images, reader.GetString());
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                return $"field 'images' must be an array of strings, but item {index} is {Describe(reader.TokenType)}";
            }

            index++;
        }

        return null;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
