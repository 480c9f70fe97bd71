using System.Globalization;
using System.Text.Json;

namespace Ariadne.Synth.Tests;

/// <summary>A truth.json document of an overlap corpus joined with its ad, with the fields the tests read.</summary>
public sealed class OverlapDocument
{
    public OverlapDocument(JsonElement truth, JsonElement ad)
    {
        Id = truth.GetProperty("id").GetString()!;
        Poster = truth.GetProperty("poster").GetString()!;
        Label = truth.GetProperty("label").GetString()!;
        Population = truth.GetProperty("population").GetString()!;
        BayesAd = Number(truth.GetProperty("bayes_ad"));
        BayesPoster = Number(truth.GetProperty("bayes_poster"));
        Spans = [.. truth.GetProperty("indicators").EnumerateArray().Select(s => (
            s.GetProperty("id").GetString()!,
            s.GetProperty("field").GetString()!,
            s.GetProperty("start").GetInt32(),
            s.GetProperty("end").GetInt32()))];
        Entities = [.. truth.GetProperty("entities").EnumerateArray().Select(e => new FieldEntity(
            e.GetProperty("type").GetString()!,
            e.GetProperty("value").ValueKind == JsonValueKind.Number ? e.GetProperty("value").GetInt32().ToString(CultureInfo.InvariantCulture) : e.GetProperty("value").GetString()!,
            e.GetProperty("start").GetInt32(),
            e.GetProperty("end").GetInt32(),
            e.GetProperty("obfuscated").GetBoolean()))];
        Title = ad.GetProperty("title").GetString()!;
        Text = ad.GetProperty("text").GetString()!;
        Location = ad.GetProperty("location").GetString()!;
        PostedAt = ad.GetProperty("posted_at").GetString()!;
    }

    public string Id { get; }

    public string Poster { get; }

    public string Label { get; }

    public string Population { get; }

    public double? BayesAd { get; }

    public double? BayesPoster { get; }

    public List<(string Id, string Field, int Start, int End)> Spans { get; }

    public List<FieldEntity> Entities { get; }

    public string Title { get; }

    public string Text { get; }

    public string Location { get; }

    public string PostedAt { get; }

    /// <summary>The indicators the ad carries: every carried indicator has at least one span, and only those do.</summary>
    public HashSet<string> Present => [.. Spans.Select(s => s.Id)];

    public bool Positive => Label == "trafficking";

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
}
