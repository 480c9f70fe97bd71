using System.Text.Json;
using Ariadne.Synth.Model;
using Ariadne.Synth.Overlap;

namespace Ariadne.Synth.Output;

/// <summary>
/// What truth.json holds for the overlap profile only (docs/data-formats.md, "Overlap profile"): the setting, the
/// rates and priors the Bayes scores use, every poster with its habits, and per document its population, indicator
/// spans and Bayes log-odds. Called from <see cref="TruthWriter"/>, which writes the fields all profiles share.
/// </summary>
internal static class OverlapTruthWriter
{
    public static void WriteHeader(Utf8JsonWriter w, OverlapCorpusPlan plan)
    {
        var options = plan.Options;
        w.WriteString("profile", "overlap");
        w.WriteString("setting", options.Setting == OverlapSetting.B ? "b" : "a");
        w.WriteNumber("habit_ad_chance", options.HabitAdChance);
        w.WriteNumber("stray_ad_chance", options.StrayAdChance);
        w.WriteNumber("title_share", options.TitleShare);
        w.WriteStartObject("ad_shares");
        w.WriteNumber(OverlapPopulations.Trafficking, options.TraffickingAdShare);
        w.WriteNumber(OverlapPopulations.Independent, options.IndependentAdShare);
        w.WriteNumber(OverlapPopulations.Agency, options.AgencyAdShare);
        w.WriteNumber(OverlapPopulations.Touring, options.TouringAdShare);
        w.WriteEndObject();
        w.WriteStartObject("rates");
        foreach (var population in OverlapPopulations.All)
        {
            w.WriteStartObject(population);
            var rates = options.Rates.Of(population).ToArray();
            for (var k = 0; k < rates.Length; k++)
            {
                w.WriteNumber(OverlapIndicators.All[k], rates[k]);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("priors");
        Counts(w, "ads", plan.AdCounts);
        Counts(w, "posters", plan.PosterCounts);
        w.WriteEndObject();
        TruthWriter.Strings(w, "support_lines", plan.SupportLines.Select(p => p.E164));
        TruthWriter.Strings(w, "boilerplate", plan.Boilerplate);
    }

    /// <summary>
    /// Every poster, independents included: population, habits, phones in turn, cities (distinct, first visit first) and
    /// stints (one city per stay, a circuit gone round twice lists its cities twice), brand, personas.
    /// </summary>
    public static void WritePosters(Utf8JsonWriter w, OverlapCorpusPlan plan)
    {
        w.WriteStartArray("posters");
        foreach (var owner in plan.Owners)
        {
            var overlap = owner.Overlap!;
            w.WriteStartObject();
            w.WriteString("id", owner.Id);
            w.WriteString("population", overlap.Population);
            w.WriteString("label", owner.Label);
            w.WriteNumber("ad_count", owner.AdCount);
            TruthWriter.Strings(w, "habits", OverlapIndicators.All.Where((_, k) => overlap.Habits[k]));
            TruthWriter.Strings(w, "phones", overlap.Eras.Select(p => p.E164));
            TruthWriter.Strings(w, "cities", owner.Cities.Select(c => c.Value));
            TruthWriter.Strings(w, "stints", overlap.Stints.Select(c => c.Value));
            if (overlap.Brand is null)
            {
                w.WriteNull("brand");
            }
            else
            {
                w.WriteString("brand", overlap.Brand);
            }

            w.WriteStartArray("persons");
            for (var i = 0; i < owner.Persons.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("name", owner.Persons[i].Name);
                w.WriteNumber("age", owner.Persons[i].Age);
                w.WriteNumber("young_age", overlap.YoungAges[i]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>After the document's label: population, poster and phone era.</summary>
    public static void WriteDocumentHead(Utf8JsonWriter w, AdRecord ad, OverlapAdTruth truth)
    {
        w.WriteString("population", truth.Population);
        w.WriteString("poster", ad.Owner);
        if (ad.Era is { } era)
        {
            w.WriteNumber("era", era);
        }
        else
        {
            w.WriteNull("era");
        }
    }

    /// <summary>In place of the other profiles' indicator names: the spans, then the two Bayes log-odds.</summary>
    public static void WriteDocumentTail(Utf8JsonWriter w, OverlapAdTruth truth)
    {
        w.WriteStartArray("indicators");
        foreach (var span in truth.Spans)
        {
            w.WriteStartObject();
            w.WriteString("id", span.Id);
            w.WriteString("field", span.Field);
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        LogOdds(w, "bayes_ad", truth.BayesAd);
        LogOdds(w, "bayes_poster", truth.BayesPoster);
    }

    private static void Counts(Utf8JsonWriter w, string name, int[] counts)
    {
        w.WriteStartObject(name);
        for (var c = 0; c < counts.Length; c++)
        {
            w.WriteNumber(OverlapPopulations.All[c], counts[c]);
        }

        w.WriteEndObject();
    }

    // Six decimals are far below any score difference that matters; a class with no posters at all (tiny corpora)
    // makes the odds infinite, which JSON cannot hold, so they are written as null.
    private static void LogOdds(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, Math.Round(value, 6));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
