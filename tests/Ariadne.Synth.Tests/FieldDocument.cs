using System.Text.Json;

namespace Ariadne.Synth.Tests;

/// <summary>A truth.json document of a field corpus, with the fields the tests read.</summary>
public sealed class FieldDocument
{
    public FieldDocument(JsonElement element)
    {
        Element = element;
        Id = element.GetProperty("id").GetString()!;
        Owner = element.GetProperty("network").GetString()!;
        Label = element.GetProperty("label").GetString()!;
        Template = element.GetProperty("template").GetString();
        Era = element.GetProperty("era").ValueKind == JsonValueKind.Number ? element.GetProperty("era").GetInt32() : null;
        Entities = [.. element.GetProperty("entities").EnumerateArray().Select(e => new FieldEntity(
            e.GetProperty("type").GetString()!,
            e.GetProperty("value").ValueKind == JsonValueKind.Number ? e.GetProperty("value").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : e.GetProperty("value").GetString()!,
            e.GetProperty("start").GetInt32(),
            e.GetProperty("end").GetInt32(),
            e.GetProperty("obfuscated").GetBoolean()))];
    }

    public JsonElement Element { get; }

    public string Id { get; }

    public string Owner { get; }

    public string Label { get; }

    public string? Template { get; }

    public int? Era { get; }

    public List<FieldEntity> Entities { get; }

    public IEnumerable<FieldEntity> Phones => Entities.Where(e => e.Type == "phone");
}
