using System.Text.Json;

namespace Ariadne.Synth.Tests;

/// <summary>A trafficking-like network of a field corpus' truth.json.</summary>
public sealed class FieldNetwork
{
    public FieldNetwork(JsonElement element)
    {
        Id = element.GetProperty("id").GetString()!;
        AdCount = element.GetProperty("ad_count").GetInt32();
        Phones = [.. element.GetProperty("phones").EnumerateArray().Select(p => p.GetString()!)];
        Eras = [.. element.GetProperty("eras").EnumerateArray().Select(p => p.GetString()!)];
        MainLine = element.GetProperty("main_line").GetString();
        Templates = [.. element.GetProperty("templates").EnumerateArray().Select(p => p.GetString()!)];
        Cities = [.. element.GetProperty("cities").EnumerateArray().Select(p => p.GetString()!)];
        Persons = element.GetProperty("persons").GetArrayLength();
    }

    public string Id { get; }

    public int AdCount { get; }

    public List<string> Phones { get; }

    public List<string> Eras { get; }

    public string? MainLine { get; }

    public List<string> Templates { get; }

    public List<string> Cities { get; }

    public int Persons { get; }
}
