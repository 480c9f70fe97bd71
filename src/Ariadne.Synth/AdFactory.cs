using System.Globalization;
using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth;

/// <summary>Composes every ad of one owner, in time order, with text, entities, images and indicators.</summary>
internal sealed class AdFactory
{
    public static readonly DateTime WindowStart = new(2026, 7, 4, 0, 0, 0, DateTimeKind.Utc);

    // Small word swaps per language: ads of one family drift a little without losing the resemblance.
    private static readonly (string From, string To)[][] Substitutions =
    [
        [("gentlemen", "gents"), ("Available", "Avail"), ("pics", "photos"), ("only", "ONLY"), ("Call", "Call/text"), ("real", "REAL")],
        [("Disponible", "Disp."), ("chicas", "nenas"), ("Llama", "Marca"), ("fotos", "pics"), ("solo", "SOLO")],
        [("Disponible", "Dispo"), ("filles", "copines"), ("Appelez", "Contactez"), ("photos", "pics"), ("uniquement", "seulement")],
        [("meninas", "garotas"), ("Ligue", "Chame"), ("Fotos", "Pics"), ("só", "apenas")],
    ];

    private readonly long _seed;

    private int _sequence;

    public AdFactory(long seed) => _seed = seed;

    public List<AdRecord> Compose(Owner owner, SynthRandom rng)
    {
        var ads = new List<AdRecord>(owner.AdCount);
        var times = Times(owner, rng);
        var usedPhotos = new HashSet<string>(StringComparer.Ordinal);
        var inconsistentPerson = owner.Label == "trafficking" && rng.Chance(0.08) ? rng.Pick(owner.Persons) : null;
        for (var i = 0; i < owner.AdCount; i++)
        {
            var city = owner.Label switch
            {
                // Time order maps onto city order: the network moves stint by stint.
                "trafficking" => owner.Cities[i * owner.Cities.Count / owner.AdCount],
                "independent" => owner.Cities[0],
                _ => rng.Pick(owner.Cities),
            };
            // Wider surface forms draw from the ad's own stream: the owner's stream, and every value drawn from it,
            // stays what it was without them.
            var composer = new AdComposer(owner, city, rng) { Surface = SynthRandom.For(_seed, "surface", _sequence) };
            string title, author;
            switch (owner.Label)
            {
                case "trafficking":
                    ComposeNetwork(owner, composer, rng, inconsistentPerson);
                    title = rng.Pick(Phrasebook.TitlesNetwork);
                    author = rng.Chance(0.7) ? composer.Person!.Name : owner.Controller;
                    break;
                case "independent":
                    ComposeIndependent(owner, composer, rng);
                    title = rng.Pick(Phrasebook.TitlesIndependent);
                    author = owner.Persons[0].Name;
                    break;
                case "spam":
                    composer.ObfuscatePhone = 0.1;
                    composer.Sentence(rng.Pick(Phrasebook.Spam(owner.Lang)));
                    composer.Raw("\n" + Phrasebook.SpamFooter);
                    composer.Indicators.Add("spam_boilerplate");
                    composer.Indicators.Add("hub_phone");
                    title = rng.Pick(Phrasebook.TitlesSpam);
                    author = "VIP 24/7";
                    break;
                default:
                    composer.Sentence(Phrasebook.Agency(owner.Lang));
                    composer.Raw("\n" + Phrasebook.AgencyFooter);
                    composer.Indicators.Add("agency_footer");
                    title = owner.Controller + " ★";
                    author = owner.Controller;
                    break;
            }

            var ad = new AdRecord
            {
                Sequence = _sequence++,
                PostedUtc = times[i],
                PostedAt = PostedAt(times[i], rng),
                Source = "synth-classifieds",
                Title = title,
                Text = composer.Builder.ToString(),
                City = city,
                Author = author,
                Owner = owner.Id,
                Label = owner.Label,
                Entities = composer.Builder.Entities,
                Indicators = composer.Indicators.ToList(),
            };
            AttachImages(owner, ad, usedPhotos, rng);
            ads.Add(ad);
        }

        return ads;
    }

    private static void ComposeNetwork(Owner owner, AdComposer composer, SynthRandom rng, Person? inconsistent)
    {
        var person = rng.Pick(owner.Persons);
        composer.Person = person;
        composer.Person2 = owner.Persons.Count > 1 ? owner.Persons.First(p => p != person) : null;
        composer.StatedAge = person == inconsistent && rng.Chance(0.4) ? person.Age + rng.Between(2, 4) : person.Age;
        composer.AllowJustTurned18 = true;
        composer.ObfuscatePhone = 0.5;
        if (person == inconsistent)
        {
            composer.Indicators.Add("age_inconsistent");
        }

        composer.Indicators.Add("shared_phone");
        if (owner.Cities.Count > 1)
        {
            composer.Indicators.Add("movement");
        }

        var subs = Substitutions[(int)owner.Lang];
        foreach (var raw in owner.Template)
        {
            var essential = raw.Contains("{NAME}", StringComparison.Ordinal) || raw.Contains("{PHONE}", StringComparison.Ordinal) ||
                raw.Contains("{CITY}", StringComparison.Ordinal) || raw.Contains("{PRICE}", StringComparison.Ordinal);
            if (!essential && rng.Chance(0.12))
            {
                continue;
            }

            var sentence = raw;
            if (rng.Chance(0.25))
            {
                var (from, to) = rng.Pick(subs);
                sentence = sentence.Replace(from, to, StringComparison.Ordinal);
            }

            composer.Sentence(sentence);
        }
    }

    private static void ComposeIndependent(Owner owner, AdComposer composer, SynthRandom rng)
    {
        composer.Person = owner.Persons[0];
        composer.StatedAge = owner.Persons[0].Age;
        composer.ObfuscatePhone = 0.15;
        for (var i = 0; i < owner.Template.Count; i++)
        {
            var sentence = owner.Template[i];
            var essential = i == 0 || sentence.Contains("{PHONE}", StringComparison.Ordinal) ||
                sentence.Contains("{CONTACT}", StringComparison.Ordinal) || sentence.Contains("{CITY}", StringComparison.Ordinal);
            if (essential || !rng.Chance(0.2))
            {
                composer.Sentence(sentence);
            }
        }
    }

    private static DateTime[] Times(Owner owner, SynthRandom rng)
    {
        var minutes = new long[owner.AdCount];
        var span = (long)owner.Days * 1440;
        for (var i = 0; i < minutes.Length; i++)
        {
            if (owner.Label == "trafficking")
            {
                // Stint k of the network's city list covers [k/c, (k+1)/c) of its active days.
                var c = owner.Cities.Count;
                var k = i * c / owner.AdCount;
                var from = span * k / c;
                var to = span * (k + 1) / c;
                minutes[i] = from + (long)(rng.NextDouble() * (to - from));
            }
            else
            {
                minutes[i] = (long)(rng.NextDouble() * span);
            }
        }

        if (owner.Label == "trafficking")
        {
            // Sort within each stint only, so ads stay in their city's period.
            Array.Sort(minutes);
        }

        var start = WindowStart.AddDays(owner.StartDay);
        return [.. minutes.Select(m => start.AddMinutes(m))];
    }

    internal static string PostedAt(DateTime utc, SynthRandom rng)
    {
        var inv = CultureInfo.InvariantCulture;
        var roll = rng.Next(10);
        return roll switch
        {
            8 => utc.ToString("yyyy-MM-dd HH:mm", inv),
            9 => utc.ToString("MMMM d, yyyy", inv),
            _ => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv),
        };
    }

    internal static void AttachImages(Owner owner, AdRecord ad, HashSet<string> usedPhotos, SynthRandom rng)
    {
        if (owner.Photos.Count == 0 || rng.Chance(0.15))
        {
            return;
        }

        var count = owner.Label == "trafficking" ? rng.Between(1, 3) : owner.Label == "independent" ? rng.Between(1, 2) : 1;
        var reused = false;
        for (var i = 0; i < count; i++)
        {
            var photo = rng.Pick(owner.Photos);
            // Originals first; edited variants appear as the photo gets re-posted.
            var variant = usedPhotos.Contains(photo.Id) ? rng.Pick(photo.Variants) : "original";
            var path = photo.PathOf(variant);
            if (ad.Images.Any(img => img.Path == path))
            {
                continue;
            }

            reused |= !usedPhotos.Add(photo.Id);
            ad.Images.Add(new TruthImage(path, photo.Id, variant));
        }

        if (reused)
        {
            var indicators = (List<string>)ad.Indicators;
            indicators.Add("reused_photo");
            indicators.Sort(StringComparer.Ordinal);
        }
    }
}
