using System.Text.Json;
using Ariadne.Core.Documents;
using Ariadne.Extraction;

namespace Ariadne.Scoring.Corpus;

/// <summary>
/// Reads a corpus written by <c>ariadne synth</c> (ads.jsonl + truth.json) into labelled documents, extracting
/// entities with the same extractor the pipeline uses (the truth's entities are not used: a model must see what
/// production sees).
/// </summary>
public static class SyntheticCorpusReader
{
    public const string PositiveLabel = "trafficking";

    public static List<LabelledDocument> Read(string adsPath, string truthPath, int parallelism = 1, CancellationToken cancellationToken = default)
    {
        var labels = ReadLabels(truthPath);
        var lines = File.ReadAllLines(adsPath);
        var result = new LabelledDocument[lines.Length];
        using var extractors = new ThreadLocal<EntityExtractor>(() => new EntityExtractor());
        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, i =>
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            if (!labels.TryGetValue(id, out var label))
            {
                throw new InvalidDataException($"{truthPath}: no label for document '{id}' of {adsPath}");
            }

            var text = root.GetProperty("text").GetString() ?? string.Empty;
            var country = Optional(root, "country");
            DateTimeOffset? posted = PostedAtParser.TryParse(Optional(root, "posted_at"), country, out var utc) ? utc : null;
            var document = new ScoringDocument
            {
                Id = id,
                Text = text,
                Location = Optional(root, "location"),
                Country = country,
                PostedUtc = posted,
                Entities = extractors.Value!.Extract(text, country),
            };
            result[i] = new LabelledDocument(document, label == PositiveLabel, label);
        });

        return [.. result];
    }

    private static Dictionary<string, string> ReadLabels(string truthPath)
    {
        using var stream = File.OpenRead(truthPath);
        using var json = JsonDocument.Parse(stream);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            labels[doc.GetProperty("id").GetString()!] = doc.GetProperty("label").GetString()!;
        }

        return labels;
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
