using System.Text.Json;
using Ariadne.Synth.Field;
using Ariadne.Synth.Model;
using Ariadne.Synth.Overlap;

namespace Ariadne.Synth.Output;

/// <summary>
/// Writes truth.json (schema in docs/data-formats.md, "Synthetic corpus"). The field and overlap profiles add fields; the
/// classic profile writes exactly what it always wrote, so its files stay byte-identical.
/// </summary>
internal static class TruthWriter
{
    public const string Generator = "ariadne-synth/1";

    public static void Write(string path, long seed, IReadOnlyList<Owner> owners, IReadOnlyList<AdRecord> ads, FieldCorpusPlan? field = null, OverlapCorpusPlan? overlap = null)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var w = new Utf8JsonWriter(file, JsonOptions.Compact);
        w.WriteStartObject();
        w.WriteString("generator", Generator);
        w.WriteNumber("seed", seed);
        w.WriteNumber("ads", ads.Count);
        if (field is not null)
        {
            w.WriteString("profile", "field");
            Strings(w, "support_lines", field.SupportLines.Select(p => p.E164));
            Strings(w, "boilerplate", field.Boilerplate);
            w.WriteNumber("stock_texts", field.StockTexts);
        }

        if (overlap is not null)
        {
            OverlapTruthWriter.WriteHeader(w, overlap);
        }

        w.WriteStartArray("networks");
        foreach (var owner in owners)
        {
            if (owner.Label == "independent")
            {
                continue;
            }

            WriteNetwork(w, owner);
        }

        w.WriteEndArray();
        if (overlap is not null)
        {
            OverlapTruthWriter.WritePosters(w, overlap);
        }

        w.WriteStartArray("documents");
        foreach (var ad in ads)
        {
            WriteDocument(w, ad, field is not null);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        file.WriteByte((byte)'\n');
    }

    private static void WriteNetwork(Utf8JsonWriter w, Owner owner)
    {
        w.WriteStartObject();
        w.WriteString("id", owner.Id);
        w.WriteString("label", owner.Label);
        w.WriteString("controller", owner.Controller);
        w.WriteNumber("ad_count", owner.AdCount);
        Strings(w, "phones", owner.Phones.Select(p => p.E164));
        if (owner.Field is { } plan)
        {
            Strings(w, "eras", plan.Eras.Select(p => p.E164));
            if (plan.MainLine is null)
            {
                w.WriteNull("main_line");
            }
            else
            {
                w.WriteString("main_line", plan.MainLine.E164);
            }

            Strings(w, "templates", plan.Templates.Select(t => t.Id ?? string.Empty));
        }

        Strings(w, "emails", owner.Emails);
        Strings(w, "handles", owner.Handles.Select(h => h.Platform + ":" + h.User));
        Strings(w, "wallets", owner.Wallets.Select(x => x.Value));
        w.WriteStartArray("persons");
        foreach (var person in owner.Persons)
        {
            w.WriteStartObject();
            w.WriteString("name", person.Name);
            w.WriteNumber("age", person.Age);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "cities", owner.Cities.Select(c => c.Value));
        Strings(w, "photos", owner.Photos.Select(p => p.Id));
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, AdRecord ad, bool field)
    {
        w.WriteStartObject();
        w.WriteString("id", ad.Id);
        w.WriteString("network", ad.Owner);
        w.WriteString("label", ad.Label);
        if (field)
        {
            if (ad.Template is null)
            {
                w.WriteNull("template");
            }
            else
            {
                w.WriteString("template", ad.Template);
            }

            if (ad.Era is { } era)
            {
                w.WriteNumber("era", era);
            }
            else
            {
                w.WriteNull("era");
            }
        }

        if (ad.Overlap is { } overlap)
        {
            OverlapTruthWriter.WriteDocumentHead(w, ad, overlap);
        }

        w.WriteStartArray("entities");
        foreach (var e in ad.Entities)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            if (e.Type == "age")
            {
                w.WriteNumber("value", int.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteString("value", e.Value);
            }

            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteBoolean("obfuscated", e.Obfuscated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("images");
        foreach (var image in ad.Images)
        {
            w.WriteStartObject();
            w.WriteString("path", image.Path);
            w.WriteString("photo", image.Photo);
            w.WriteString("variant", image.Variant);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (ad.Overlap is { } truth)
        {
            OverlapTruthWriter.WriteDocumentTail(w, truth);
        }
        else
        {
            Strings(w, "indicators", ad.Indicators);
        }

        w.WriteEndObject();
    }

    internal static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
