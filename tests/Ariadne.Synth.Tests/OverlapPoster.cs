using System.Text.Json;

namespace Ariadne.Synth.Tests;

/// <summary>A truth.json poster of an overlap corpus.</summary>
public sealed class OverlapPoster
{
    public OverlapPoster(JsonElement e)
    {
        Id = e.GetProperty("id").GetString()!;
        Population = e.GetProperty("population").GetString()!;
        Label = e.GetProperty("label").GetString()!;
        AdCount = e.GetProperty("ad_count").GetInt32();
        Habits = [.. e.GetProperty("habits").EnumerateArray().Select(h => h.GetString()!)];
        Phones = [.. e.GetProperty("phones").EnumerateArray().Select(h => h.GetString()!)];
        Cities = [.. e.GetProperty("cities").EnumerateArray().Select(h => h.GetString()!)];
        Brand = e.GetProperty("brand").GetString();
        Persons = [.. e.GetProperty("persons").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("age").GetInt32(), p.GetProperty("young_age").GetInt32()))];
    }

    public string Id { get; }

    public string Population { get; }

    public string Label { get; }

    public int AdCount { get; }

    public HashSet<string> Habits { get; }

    public List<string> Phones { get; }

    public List<string> Cities { get; }

    public string? Brand { get; }

    public List<(string Name, int Age, int YoungAge)> Persons { get; }
}
