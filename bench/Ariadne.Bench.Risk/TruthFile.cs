using System.Text.Json;

namespace Ariadne.Bench.Risk;

/// <summary>What the evaluation reads of a synth truth.json: each document's population, its Bayes log-odds (overlap profile) and the indicators written into it.</summary>
internal sealed record TruthFile(Dictionary<string, TruthDocument> Documents, IReadOnlyList<string> SupportLines)
{
    public static TruthFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var documents = new Dictionary<string, TruthDocument>(StringComparer.Ordinal);
        foreach (var d in root.GetProperty("documents").EnumerateArray())
        {
            var population = d.TryGetProperty("population", out var p) ? p.GetString()! : d.GetProperty("label").GetString()!;
            var indicators = d.TryGetProperty("indicators", out var ind) && ind.ValueKind == JsonValueKind.Array
                ? ind.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object ? x.GetProperty("id").GetString()! : x.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            documents[d.GetProperty("id").GetString()!] = new TruthDocument(population,
                d.TryGetProperty("bayes_ad", out var a) ? a.GetDouble() : null,
                d.TryGetProperty("bayes_poster", out var b) ? b.GetDouble() : null,
                indicators);
        }

        var support = root.TryGetProperty("support_lines", out var s) ? s.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        return new TruthFile(documents, support);
    }
}
