using System.Text.Json;
using Ariadne.Linking;
using Ariadne.Linking.Graph;
using Ariadne.Linking.Networks;
using Ariadne.Linking.Templates;

namespace Ariadne.Analysis.Linking;

/// <summary>
/// Writes one JSON line per network of two or more documents: id, summary, movement circuit, text templates, and
/// every joining edge with its evidence, so "why are these two ads linked?" has an answer offline too.
/// Format in docs/data-formats.md ("Network report").
/// </summary>
public static class NetworkReportWriter
{
    public static void Write(Stream stream, OfflineLinkResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        var components = result.Link.Components();
        var edgesByComponent = new List<LinkEdge>[components.Length];
        foreach (var edge in result.Link.Edges)
        {
            (edgesByComponent[result.Link.ComponentOf[edge.A]] ??= []).Add(edge);
        }

        var familiesByComponent = new Dictionary<int, List<int[]>>();
        foreach (var family in result.Link.TextFamilies)
        {
            if (family.Boilerplate)
            {
                continue;
            }

            var c = result.Link.ComponentOf[family.Members[0]];
            if (!familiesByComponent.TryGetValue(c, out var list))
            {
                familiesByComponent[c] = list = [];
            }

            list.Add(family.Members);
        }

        using var json = new Utf8JsonWriter(stream);
        for (var c = 0; c < components.Length; c++)
        {
            var members = components[c];
            if (members.Length < 2)
            {
                continue;
            }

            var docs = members.Select(d => result.Documents[d]).ToList();
            var edges = edgesByComponent[c] ?? [];
            var summary = NetworkSummarizer.Summarize(docs, edges, members);
            json.Reset();
            json.WriteStartObject();
            json.WriteString("network", result.NetworkIds[c]);
            json.WriteNumber("ads", summary.Ads);
            json.WriteNumber("phones", summary.Phones);
            json.WriteNumber("emails", summary.Emails);
            json.WriteNumber("handles", summary.Handles);
            json.WriteNumber("wallets", summary.Wallets);
            json.WriteNumber("photos", summary.Photos);
            Strings(json, "names", summary.Names);
            json.WriteStartArray("ages");
            foreach (var age in summary.Ages)
            {
                json.WriteNumberValue(age);
            }

            json.WriteEndArray();
            Strings(json, "cities", summary.Cities);
            if (summary.FirstSeenUtc is { } first)
            {
                json.WriteString("first_seen", first.UtcDateTime);
            }

            if (summary.LastSeenUtc is { } last)
            {
                json.WriteString("last_seen", last.UtcDateTime);
            }

            json.WriteStartArray("movement");
            foreach (var stint in summary.Movement)
            {
                json.WriteStartObject();
                json.WriteString("city", stint.City);
                json.WriteNumber("ads", stint.Ads);
                if (stint.FirstSeenUtc is { } from)
                {
                    json.WriteString("from", from.UtcDateTime);
                }

                if (stint.LastSeenUtc is { } to)
                {
                    json.WriteString("to", to.UtcDateTime);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("indicators");
            foreach (var indicator in summary.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("id", indicator.Id);
                json.WriteString("description", indicator.Description);
                json.WriteString("evidence", indicator.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("templates");
            foreach (var family in familiesByComponent.GetValueOrDefault(c) ?? [])
            {
                var template = TemplateBuilder.Build([.. family.Take(25).Select(d => result.Documents[d].Text)]);
                json.WriteStartObject();
                json.WriteNumber("documents", family.Length);
                json.WriteString("template", template.ToString());
                json.WriteNumber("fixed_share", Math.Round(template.FixedShare, 3));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            foreach (var edge in edges)
            {
                json.WriteStartObject();
                json.WriteString("a", result.Documents[edge.A].Id);
                json.WriteString("b", result.Documents[edge.B].Id);
                json.WriteString("kind", LinkKinds.Name(edge.Kind));
                json.WriteString("evidence", edge.Evidence);
                if (edge.Kind is LinkKind.Text or LinkKind.Template)
                {
                    json.WriteNumber("similarity", Math.Round(edge.Similarity, 3));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
