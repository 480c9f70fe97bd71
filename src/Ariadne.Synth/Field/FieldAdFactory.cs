using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Field;

/// <summary>
/// Composes every ad of one field owner, in time order. Networks: a template per ad with sentences dropped, swapped
/// and shuffled, fillers, emoji and typos; the phone of the ad's era (both numbers in some ads around a change, the
/// main line in a few), written plainly, obfuscated, replaced by a handle or left out. Independents: their own text
/// or their copy of a stock text. Spam and agency posters as in the classic profile. Any ad may then print a
/// platform support number and a boilerplate block.
/// </summary>
internal sealed class FieldAdFactory
{
    private readonly long _seed;
    private readonly FieldProfileOptions _options;
    private readonly FieldCorpusPlan _plan;

    public FieldAdFactory(long seed, FieldProfileOptions options, FieldCorpusPlan plan)
    {
        _seed = seed;
        _options = options;
        _plan = plan;
    }

    /// <summary>The ads of <paramref name="owner"/>; sequence numbers start at <paramref name="firstSequence"/>.</summary>
    public List<AdRecord> Compose(Owner owner, SynthRandom rng, int firstSequence)
    {
        var ads = new List<AdRecord>(owner.AdCount);
        var times = Times(owner, rng);
        var usedPhotos = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < owner.AdCount; i++)
        {
            var sequence = firstSequence + i;
            var surface = SynthRandom.For(_seed, "field-surface", sequence);
            var stints = owner.Field?.Stints;
            var city = owner.Label switch
            {
                "trafficking" => stints![i * stints.Count / owner.AdCount],
                "independent" => owner.Cities[0],
                _ => rng.Pick(owner.Cities),
            };

            string? template = null;
            int? era = null;
            TextBuilder builder;
            SortedSet<string> indicators;
            string title, author;
            switch (owner.Label)
            {
                case "trafficking":
                    {
                        var composer = new FieldComposer(owner, city, rng, surface) { TypoRate = _options.TypoRate };
                        (template, era) = Network(owner, i, composer, rng);
                        Shared(composer.Builder, city, rng);
                        builder = composer.Builder;
                        indicators = composer.Indicators;
                        title = PhraseGrammar.Title(rng);
                        author = rng.Chance(0.7) ? composer.Person!.Name : owner.Controller;
                        break;
                    }

                case "independent":
                    {
                        // A stock text is pasted, so its copies carry no typing slips of their own.
                        var composer = new FieldComposer(owner, city, rng, surface) { TypoRate = owner.Field!.StockText ? 0 : _options.TypoRate };
                        template = Independent(owner, composer, rng);
                        Shared(composer.Builder, city, rng);
                        builder = composer.Builder;
                        indicators = composer.Indicators;
                        title = PhraseGrammar.Title(rng);
                        author = owner.Persons[0].Name;
                        break;
                    }

                default:
                    {
                        var composer = new AdComposer(owner, city, rng) { Surface = surface };
                        if (owner.Label == "spam")
                        {
                            composer.ObfuscatePhone = 0.1;
                            composer.Sentence(rng.Pick(Phrasebook.Spam(Lang.En)));
                            composer.Raw("\n" + Phrasebook.SpamFooter);
                            composer.Indicators.Add("spam_boilerplate");
                            composer.Indicators.Add("hub_phone");
                            title = rng.Pick(Phrasebook.TitlesSpam);
                            author = "VIP 24/7";
                        }
                        else
                        {
                            composer.Sentence(Phrasebook.Agency(Lang.En));
                            composer.Raw("\n" + Phrasebook.AgencyFooter);
                            composer.Indicators.Add("agency_footer");
                            title = owner.Controller + " ★";
                            author = owner.Controller;
                        }

                        Shared(composer.Builder, city, rng);
                        builder = composer.Builder;
                        indicators = composer.Indicators;
                        break;
                    }
            }

            var ad = new AdRecord
            {
                Sequence = sequence,
                PostedUtc = times[i],
                PostedAt = AdFactory.PostedAt(times[i], rng),
                Source = "synth-classifieds",
                Title = title,
                Text = builder.ToString(),
                City = city,
                Author = author,
                Owner = owner.Id,
                Label = owner.Label,
                Entities = builder.Entities,
                Indicators = indicators.ToList(),
                Template = template,
                Era = era,
            };
            AdFactory.AttachImages(owner, ad, usedPhotos, rng);
            ads.Add(ad);
        }

        return ads;
    }

    private (string? Template, int? Era) Network(Owner owner, int i, FieldComposer composer, SynthRandom rng)
    {
        var plan = owner.Field!;
        var person = rng.Pick(owner.Persons);
        composer.Person = person;
        composer.Person2 = owner.Persons.Count > 1 ? owner.Persons.First(p => p != person) : null;
        composer.StatedAge = person.Age;
        composer.AllowJustTurned18 = true;
        if (owner.Cities.Count > 1)
        {
            composer.Indicators.Add("movement");
        }

        int? era = null;
        var phones = new List<PhoneNumber>(2);
        if (plan.Eras.Count > 0)
        {
            var eras = plan.Eras.Count;
            var e = i * eras / owner.AdCount;
            era = e;
            phones.Add(plan.Eras[e]);

            // Around a change both numbers circulate for a while: a quarter of an era on each side of it.
            var window = Math.Max(2, owner.AdCount / eras / 4);
            for (var k = 1; k < eras; k++)
            {
                var change = ((k * owner.AdCount) + eras - 1) / eras;
                if (i >= change - window && i < change + window && rng.Chance(_options.HandoverShare))
                {
                    phones.Clear();
                    phones.Add(plan.Eras[k - 1]);
                    phones.Add(plan.Eras[k]);
                    composer.Handover = true;
                }
            }
        }

        if (plan.MainLine is not null && rng.Chance(_options.MainLineAdShare))
        {
            // The main line stands in for the era phone or sits beside it (unless the ad already has two).
            if (phones.Count == 1 && rng.Chance(0.5))
            {
                phones.Add(plan.MainLine);
            }
            else if (!composer.Handover)
            {
                phones.Clear();
                phones.Add(plan.MainLine);
            }
        }

        var roll = rng.NextDouble();
        var mode = roll < _options.NetworkNoContactShare ? ContactMode.None
            : roll < _options.NetworkNoContactShare + _options.NetworkHandleOnlyShare ? ContactMode.HandleOrEmail
            : roll < _options.NetworkNoPlainDigitsShare ? ContactMode.Obfuscated
            : ContactMode.Plain;
        if (mode is ContactMode.Obfuscated or ContactMode.Plain && phones.Count == 0)
        {
            mode = ContactMode.HandleOrEmail;
        }

        composer.Contact = mode;
        composer.Phones = phones;
        if (mode is ContactMode.Obfuscated or ContactMode.Plain)
        {
            composer.Indicators.Add("shared_phone");
        }

        var template = plan.Templates[rng.Next(plan.Templates.Count)];
        var sentences = new List<GrammarSentence>(template.Sentences.Count);
        foreach (var sentence in template.Sentences)
        {
            var keep = sentence.Kind == SentenceKind.Contact ? mode != ContactMode.None : !rng.Chance(_options.SentenceDropChance);
            if (keep)
            {
                sentences.Add(sentence);
            }
        }

        Write(composer, sentences, rng, reorder: true);
        if (mode is ContactMode.Obfuscated or ContactMode.Plain && (owner.Handles.Count > 0 || owner.Emails.Count > 0) && rng.Chance(0.15))
        {
            composer.Raw(rng.Chance(0.5) ? " Also on " : "\nAlso ");
            composer.HandleOrEmail();
        }

        return (template.Id, era);
    }

    private string? Independent(Owner owner, FieldComposer composer, SynthRandom rng)
    {
        var plan = owner.Field!;
        composer.Person = owner.Persons[0];
        composer.StatedAge = owner.Persons[0].Age;
        composer.Contact = owner.Phones.Count == 0 ? ContactMode.HandleOrEmail
            : rng.Chance(_options.IndependentObfuscatedShare) ? ContactMode.Obfuscated : ContactMode.Plain;
        composer.Phones = owner.Phones;
        var template = plan.Templates[0];
        var sentences = new List<GrammarSentence>(template.Sentences.Count);
        foreach (var sentence in template.Sentences)
        {
            // A stock text is pasted whole (her copy already dropped what she dropped); her own text varies.
            if (plan.StockText || sentence.Kind == SentenceKind.Contact || !rng.Chance(_options.SentenceDropChance / 2))
            {
                sentences.Add(sentence);
            }
        }

        Write(composer, sentences, rng, reorder: !plan.StockText);
        return template.Id;
    }

    /// <summary>Reorders (sometimes), adds filler lines and emoji, and writes the sentences.</summary>
    private void Write(FieldComposer composer, List<GrammarSentence> sentences, SynthRandom rng, bool reorder)
    {
        if (reorder && rng.Chance(_options.SentenceShuffleChance))
        {
            rng.Shuffle(sentences);
        }
        else if (reorder && sentences.Count > 1 && rng.Chance(_options.SentenceSwapChance))
        {
            var at = rng.Next(sentences.Count - 1);
            (sentences[at], sentences[at + 1]) = (sentences[at + 1], sentences[at]);
        }

        var items = sentences.Select(s => (Sentence: s, Filler: (string?)null)).ToList();
        for (var f = 0; f < 2 && rng.Chance(f == 0 ? _options.FillerChance : _options.FillerChance * _options.FillerChance); f++)
        {
            var filler = rng.Pick(Lexicon.Fillers);
            filler = rng.Next(3) switch
            {
                0 => char.ToUpperInvariant(filler[0]) + filler[1..] + "!",
                1 => filler.ToUpperInvariant(),
                _ => filler,
            };
            items.Insert(rng.Next(items.Count + 1), (null!, filler));
        }

        var newlines = rng.Chance(0.35);
        var afterFiller = false;
        foreach (var (sentence, filler) in items)
        {
            // A filler stands on a line of its own.
            var separator = newlines || afterFiller || filler is not null ? "\n" : " ";
            afterFiller = filler is not null;
            if (filler is not null)
            {
                composer.Line(filler, separator);
            }
            else
            {
                composer.Sentence(sentence, separator);
            }

            if (rng.Chance(_options.EmojiChance))
            {
                composer.Raw(" " + rng.Pick(Lexicon.Emoji));
            }
        }
    }

    private void Shared(TextBuilder builder, City city, SynthRandom rng) =>
        SharedLines.AppendFooters(builder, _plan.SupportLines, _plan.Boilerplate, _options.SupportLineShare, _options.BoilerplateShare, city, rng);

    private static DateTime[] Times(Owner owner, SynthRandom rng)
    {
        var minutes = new long[owner.AdCount];
        var span = (long)owner.Days * 1440;
        var stints = owner.Label == "trafficking" ? owner.Field!.Stints.Count : 1;
        for (var i = 0; i < minutes.Length; i++)
        {
            // Stint k covers [k/s, (k+1)/s) of the owner's active days; ads stay in their stint's period.
            var k = i * stints / owner.AdCount;
            var from = span * k / stints;
            var to = span * (k + 1) / stints;
            minutes[i] = from + (long)(rng.NextDouble() * (to - from));
        }

        Array.Sort(minutes);
        var start = AdFactory.WindowStart.AddDays(owner.StartDay);
        return [.. minutes.Select(m => start.AddMinutes(m))];
    }
}
