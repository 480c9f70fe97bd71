using System.Collections.Concurrent;
using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Overlap;

/// <summary>
/// The overlap profile's indicator paraphrases, for evaluation: a benchmark runs a rule pack over
/// <see cref="Paraphrases"/> and reports the share of each indicator's paraphrases it matches. The banks were written
/// without looking at any rule pack or at the classic phrase bank, so that share measures a rule pack's recall on
/// wording it was not built from. Paraphrases come with their slots filled by fixed example values (a name, a city of
/// the language, an age of 19–22, a price, an ethnicity), exactly as an ad would print them; the obscured-phone
/// "paraphrases" are fiction numbers written by the profile's obfuscating writers after a contact lead-in.
/// </summary>
public static class OverlapPhrasebank
{
    private static readonly ConcurrentDictionary<(int Indicator, Lang Lang), IReadOnlyList<string>> Filled = new();

    private static readonly PhoneNumber[] ExampleNumbers =
        [new("1", "7135550142"), new("1", "4155550163"), new("61", "491570123"), new("1", "2125550187")];

    /// <summary>The indicator ids (<see cref="OverlapIndicators.All"/>).</summary>
    public static IReadOnlyList<string> Indicators => OverlapIndicators.All;

    /// <summary>The language codes the banks are written in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "es", "fr", "pt"];

    /// <summary>The paraphrases of <paramref name="indicator"/> in <paramref name="lang"/> ("en", "es", "fr", "pt"), slots filled.</summary>
    public static IReadOnlyList<string> Paraphrases(string indicator, string lang)
    {
        var k = OverlapIndicators.IndexOf(indicator);
        var language = lang switch
        {
            "en" => Lang.En,
            "es" => Lang.Es,
            "fr" => Lang.Fr,
            "pt" => Lang.Pt,
            _ => throw new ArgumentOutOfRangeException(nameof(lang), lang, "The overlap banks are in en, es, fr and pt."),
        };
        return Filled.GetOrAdd((k, language), static key => key.Indicator == OverlapIndicators.ObscuredPhoneIndex
            ? ObscuredPhones(key.Lang)
            : (IReadOnlyList<string>)Fill(key.Indicator, key.Lang));
    }

    /// <summary>The bank of indicator <paramref name="k"/> with its slots; empty for obscured-phone (it is written, not phrased).</summary>
    internal static IReadOnlyList<string> Templates(int k, Lang lang) =>
        k == OverlapIndicators.ObscuredPhoneIndex ? [] : PhraseFiles.Get(OverlapIndicators.All[k], lang);

    /// <summary>A phone written to evade search: the classic obfuscations or their wider forms.</summary>
    internal static string ObscuredPhone(PhoneNumber phone, bool home, Lang lang, SynthRandom rng) =>
        rng.Chance(0.3) ? WiderForms.Phone(phone, home, lang, rng) : PhoneWriter.Obfuscated(phone, home, lang, rng);

    private static string[] Fill(int k, Lang lang)
    {
        var templates = Templates(k, lang);
        var names = PhraseFiles.Shared("names");
        var ethnicities = PhraseFiles.Get("eth", lang);
        var cities = ExampleCities(lang);
        var result = new string[templates.Count];
        for (var j = 0; j < templates.Count; j++)
        {
            var rng = SynthRandom.For(0, "overlap-phrasebank-" + OverlapIndicators.All[k] + "-" + PhraseFiles.Code(lang), j);
            var city = cities[j % cities.Length];
            var writer = new SlotWriter(rng)
            {
                Name = names[j % names.Length],
                City = city,
                Age = 19 + (j % 4),
                Ethnicity = ethnicities[j % ethnicities.Length],
                Price = OverlapPrice.Write(city, EntityWriters.PriceAmount(city, 200, rng), j % 3),
            };
            var tb = new TextBuilder();
            writer.Write(tb, templates[j]);
            result[j] = tb.ToString();
        }

        return result;
    }

    private static List<string> ObscuredPhones(Lang lang)
    {
        var leads = PhraseFiles.Get("contact", lang);
        var city = ExampleCities(lang)[0];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        for (var j = 0; result.Count < 30 && j < 1000; j++)
        {
            var rng = SynthRandom.For(0, "overlap-phrasebank-obscured-phone-" + PhraseFiles.Code(lang), j);
            var phone = ExampleNumbers[j % ExampleNumbers.Length];
            var line = leads[j % leads.Length] + " " + ObscuredPhone(phone, phone.IsHome(city.Country), lang, rng);
            if (seen.Add(line))
            {
                result.Add(line);
            }
        }

        return result;
    }

    private static City[] ExampleCities(Lang lang)
    {
        string[] names = lang switch
        {
            Lang.Es => ["Madrid", "Mexico City", "Seville"],
            Lang.Fr => ["Paris", "Lyon", "Marseille"],
            Lang.Pt => ["Lisbon", "Porto", "Faro"],
            _ => ["Houston", "London", "Sydney"],
        };
        return [.. names.Select(n => Gazetteer.Cities.First(c => c.Name == n))];
    }
}
