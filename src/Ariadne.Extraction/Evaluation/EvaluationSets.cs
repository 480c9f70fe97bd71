using System.Text.Json;
using Ariadne.Core.Entities;

namespace Ariadne.Extraction.Evaluation;

/// <summary>
/// Reads labelled texts: the synthetic generator's ads.jsonl + truth.json, and hand-written JSONL cases
/// (<c>{"id","text","country"?,"entities":[{"type","value","start","end","obfuscated"?}]}</c>).
/// </summary>
public static class EvaluationSets
{
    public static List<LabelledText> FromSynthetic(string adsJsonl, string truthJson)
    {
        var texts = new Dictionary<string, (string Text, string? Country)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(adsJsonl))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            texts[root.GetProperty("id").GetString()!] = (root.GetProperty("text").GetString()!, root.TryGetProperty("country", out var c) ? c.GetString() : null);
        }

        using var truth = JsonDocument.Parse(File.ReadAllText(truthJson));
        var result = new List<LabelledText>();
        foreach (var d in truth.RootElement.GetProperty("documents").EnumerateArray())
        {
            var id = d.GetProperty("id").GetString()!;
            var (text, country) = texts[id];
            result.Add(new LabelledText(id, text, country, ReadEntities(d.GetProperty("entities"))));
        }

        return result;
    }

    public static List<LabelledText> FromCasesJsonl(string path)
    {
        var result = new List<LabelledText>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString()!;
            result.Add(new LabelledText(
                root.GetProperty("id").GetString()!,
                text,
                root.TryGetProperty("country", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
                ReadEntities(root.GetProperty("entities"))));
        }

        return result;
    }

    private static List<ExtractedEntity> ReadEntities(JsonElement array)
    {
        var list = new List<ExtractedEntity>();
        foreach (var e in array.EnumerateArray())
        {
            if (!EntityTypeNames.TryParse(e.GetProperty("type").GetString()!, out var type))
            {
                throw new InvalidDataException("Unknown entity type in evaluation data: " + e.GetProperty("type").GetString());
            }

            var value = e.GetProperty("value");
            list.Add(new ExtractedEntity(
                type,
                value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()!,
                e.GetProperty("start").GetInt32(),
                e.GetProperty("end").GetInt32(),
                e.TryGetProperty("obfuscated", out var o) && o.GetBoolean()));
        }

        return list;
    }
}
