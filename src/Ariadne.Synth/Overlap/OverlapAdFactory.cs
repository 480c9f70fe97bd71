using Ariadne.Synth.Field;
using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Overlap;

/// <summary>
/// Composes every ad of one overlap poster, in time order. Per ad it first draws which indicators the ad carries
/// (q with the habit, r without, independently), then writes the poster's template sentences (some dropped or
/// swapped, typos, emoji), one phrase per carried indicator (verbatim from the bank: a favourite of the poster's,
/// now and then another; about one in five in the title), the contact (obfuscated when the ad carries
/// obscured-phone), a brand line for branded posters, and the shared footers. The Bayes scores of the ad and of its
/// poster are computed from the drawn indicators, so they are exact for what was written.
/// </summary>
internal sealed class OverlapAdFactory
{
    private static readonly string[] Emoji = ["🌷", "⭐", "💋", "✨", "❤️", "🔥", "💕", "🌸", "😘", "💎", "🥂", "👑"];
    private static readonly string[] Closers = [".", "!", ".", "!!", " ·", " ✨"];
    private static readonly string[] TitleSeparators = [" | ", " - ", " ✨ ", " · ", " 💋 "];
    private static readonly string[] PhoneJoins = [" / ", " or ", " — new: ", ", "];

    private readonly OverlapProfileOptions _options;
    private readonly OverlapCorpusPlan _plan;

    public OverlapAdFactory(OverlapCorpusPlan plan)
    {
        _plan = plan;
        _options = plan.Options;
    }

    /// <summary>The ads of <paramref name="owner"/>; sequence numbers start at <paramref name="firstSequence"/>.</summary>
    public List<AdRecord> Compose(Owner owner, SynthRandom rng, int firstSequence)
    {
        var plan = owner.Overlap!;
        var n = owner.AdCount;
        var times = Times(owner, plan, rng);
        var ads = new List<AdRecord>(n);
        var present = new bool[n][];
        var usedPhotos = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var x = new bool[OverlapIndicators.Count];
            for (var k = 0; k < x.Length; k++)
            {
                x[k] = rng.Chance(plan.Habits[k] ? _options.HabitAdChance : _options.StrayAdChance);
            }

            present[i] = x;
            var ad = Ad(owner, plan, i, x, rng, times[i], firstSequence + i);
            AdFactory.AttachImages(owner, ad, usedPhotos, rng);
            ads.Add(ad);
        }

        var poster = _plan.Bayes.PosterLogOdds(present);
        foreach (var ad in ads)
        {
            ad.Overlap!.BayesPoster = poster;
        }

        return ads;
    }

    private AdRecord Ad(Owner owner, OverlapPlan plan, int i, bool[] x, SynthRandom rng, DateTime posted, int sequence)
    {
        var n = owner.AdCount;
        var city = plan.Stints[i * plan.Stints.Count / n];
        var person = owner.Persons.Count == 1 ? 0 : rng.Next(owner.Persons.Count);
        var slots = new SlotWriter(rng)
        {
            Name = owner.Persons[person].Name,
            City = city,
            Ethnicity = PhraseFiles.Get("eth", owner.Lang)[plan.Ethnicities[person]],
            Price = OverlapPrice.Write(city, EntityWriters.PriceAmount(city, owner.BasePrice, rng), plan.PriceStyle),
        };

        // What goes where: template sentences with noise, then each carried indicator's phrase in the text at a
        // random place or (TitleShare) in the title.
        var items = new List<(int Indicator, string Phrase, int Age)>();
        foreach (var sentence in plan.Sentences)
        {
            if (!rng.Chance(_options.SentenceDropChance))
            {
                items.Add((-1, sentence, 0));
            }
        }

        if (items.Count == 0)
        {
            items.Add((-1, plan.Sentences[0], 0));
        }

        if (items.Count > 1 && rng.Chance(_options.SentenceSwapChance))
        {
            var at = rng.Next(items.Count - 1);
            (items[at], items[at + 1]) = (items[at + 1], items[at]);
        }

        var age = OverlapIndicators.Age18To22Index;
        var inTitle = new List<(int Indicator, string Phrase)>();
        for (var k = 0; k < x.Length; k++)
        {
            if (!x[k] || k == OverlapIndicators.ObscuredPhoneIndex)
            {
                continue;
            }

            var phrase = Phrase(plan, k, owner.Lang, rng);
            if (rng.Chance(_options.TitleShare))
            {
                inTitle.Add((k, phrase));
            }
            else
            {
                items.Insert(rng.Next(items.Count + 1), (k, phrase, k == age ? plan.YoungAges[person] : 0));
            }
        }

        // Posters without the age habit often state their adult age, in the same words as a young one (no span:
        // the indicator is the age, not the wording). Those with the habit leave the age out of the other ads.
        if (!x[age] && !plan.Habits[age] && rng.Chance(_options.AdultAgeChance))
        {
            var bank = OverlapPhrasebank.Templates(age, owner.Lang);
            items.Insert(rng.Next(items.Count + 1), (-2, bank[rng.Next(bank.Count)], owner.Persons[person].Age));
        }

        var truth = new OverlapAdTruth { Population = plan.Population, Present = x };
        var title = Title(plan, inTitle, slots, plan.YoungAges[person], rng, truth);
        var tb = new TextBuilder();
        var separator = plan.NewLines ^ rng.Chance(0.15) ? "\n" : " ";
        var first = true;
        if (plan.Brand is not null && plan.BrandOnTop)
        {
            BrandLine(tb, plan, slots);
            tb.Append("\n");
        }

        if (plan.ContactFirst)
        {
            Contact(tb, owner, plan, i, x, city, rng, truth);
            first = false;
        }

        foreach (var (k, phrase, statedAge) in items)
        {
            if (!first)
            {
                tb.Append(separator);
            }

            first = false;
            slots.Age = statedAge;
            if (k == -1)
            {
                slots.Write(tb, phrase, _options.TypoRate);
                if (rng.Chance(_options.EmojiChance))
                {
                    tb.Append(" " + rng.Pick(Emoji));
                }

                continue;
            }

            var start = tb.Length;
            slots.Write(tb, phrase);
            if (k >= 0)
            {
                truth.Spans.Add(new IndicatorSpan(OverlapIndicators.All[k], "text", start, tb.Length));
            }

            // A phrase that ends in a letter or digit gets an ending when the ad runs its sentences together.
            if (separator == " " && EndsInWord(phrase))
            {
                tb.Append(rng.Pick(Closers));
            }
        }

        if (!plan.ContactFirst)
        {
            tb.Append(separator);
            Contact(tb, owner, plan, i, x, city, rng, truth);
        }

        if (plan.Brand is not null && !plan.BrandOnTop)
        {
            tb.Append("\n");
            BrandLine(tb, plan, slots);
        }

        Footers(tb, city, rng);
        truth.BayesAd = _plan.Bayes.AdLogOdds(x);
        return new AdRecord
        {
            Sequence = sequence,
            PostedUtc = posted,
            PostedAt = AdFactory.PostedAt(posted, rng),
            Source = "synth-classifieds",
            Title = title,
            Text = tb.ToString(),
            City = city,
            Author = Author(owner, plan, person, rng),
            Owner = owner.Id,
            Label = owner.Label,
            Entities = tb.Entities,
            // A list, not an array: attaching photos may add "reused_photo" to it.
            Indicators = OverlapIndicators.All.Where((_, k) => x[k]).ToList(),
            Era = plan.Eras.Count > 0 ? Era(plan, i, n) : null,
            Overlap = truth,
        };
    }

    /// <summary>A favourite of the poster's most of the time, any phrase of the bank now and then.</summary>
    private static string Phrase(OverlapPlan plan, int k, Lang lang, SynthRandom rng)
    {
        var bank = OverlapPhrasebank.Templates(k, lang);
        return bank[rng.Chance(0.8) ? rng.Pick(plan.Favourites[k]) : rng.Next(bank.Count)];
    }

    private static string Title(OverlapPlan plan, List<(int Indicator, string Phrase)> phrases, SlotWriter slots, int youngAge, SynthRandom rng, OverlapAdTruth truth)
    {
        // Entities are the text's: the title's builder is thrown away once written.
        var tb = new TextBuilder();
        var baseTitle = rng.Pick(plan.Titles);
        var separator = rng.Pick(TitleSeparators);
        var phrasesFirst = phrases.Count > 0 && rng.Chance(0.4);
        if (!phrasesFirst)
        {
            slots.Write(tb, baseTitle);
        }

        for (var j = 0; j < phrases.Count; j++)
        {
            if (tb.Length > 0)
            {
                tb.Append(separator);
            }

            var (k, phrase) = phrases[j];
            slots.Age = k == OverlapIndicators.Age18To22Index ? youngAge : 0;
            var start = tb.Length;
            slots.Write(tb, phrase);
            truth.Spans.Add(new IndicatorSpan(OverlapIndicators.All[k], "title", start, tb.Length));
        }

        if (phrasesFirst)
        {
            tb.Append(separator);
            slots.Write(tb, baseTitle);
        }

        return tb.ToString();
    }

    private void Contact(TextBuilder tb, Owner owner, OverlapPlan plan, int i, bool[] x, City city, SynthRandom rng, OverlapAdTruth truth)
    {
        var obscured = x[OverlapIndicators.ObscuredPhoneIndex];
        tb.Append(plan.ContactLead + " ");
        if (plan.Eras.Count == 0)
        {
            // The fiction ranges ran out: an e-mail stands in, written to evade search when the ad obscures.
            var address = plan.FallbackEmail!;
            var start = tb.Length;
            tb.Entity("email", address, obscured ? WiderForms.Email(address, owner.Lang, rng) : address, obfuscated: obscured);
            if (obscured)
            {
                truth.Spans.Add(new IndicatorSpan(OverlapIndicators.ObscuredPhone, "text", start, tb.Length));
            }
        }
        else
        {
            var phones = Phones(plan, i, owner.AdCount, rng);
            for (var j = 0; j < phones.Count; j++)
            {
                if (j > 0)
                {
                    tb.Append(rng.Pick(PhoneJoins));
                }

                var phone = phones[j];
                var home = phone.IsHome(city.Country);
                var start = tb.Length;
                tb.Entity("phone", phone.E164, obscured ? OverlapPhrasebank.ObscuredPhone(phone, home, owner.Lang, rng) : PhoneWriter.Plain(phone, home, rng), obfuscated: obscured);
                if (obscured)
                {
                    truth.Spans.Add(new IndicatorSpan(OverlapIndicators.ObscuredPhone, "text", start, tb.Length));
                }
            }
        }

        if (owner.Handles.Count > 0 && rng.Chance(0.4))
        {
            tb.Append(" · ");
            var (platform, user) = owner.Handles[0];
            EntityWriters.Handle(tb, platform, user, rng);
        }
    }

    /// <summary>The ad's era phone, or the old and the new one near a change (<see cref="OverlapProfileOptions.HandoverShare"/>).</summary>
    private List<PhoneNumber> Phones(OverlapPlan plan, int i, int n, SynthRandom rng)
    {
        var eras = plan.Eras.Count;
        var phones = new List<PhoneNumber>(2) { plan.Eras[Era(plan, i, n)] };
        var window = Math.Max(1, n / eras / 4);
        for (var k = 1; k < eras; k++)
        {
            var change = ((k * n) + eras - 1) / eras;
            if (i >= change - window && i < change + window && rng.Chance(_options.HandoverShare))
            {
                phones.Clear();
                phones.Add(plan.Eras[k - 1]);
                phones.Add(plan.Eras[k]);
            }
        }

        return phones;
    }

    private static int Era(OverlapPlan plan, int i, int n) => i * plan.Eras.Count / n;

    // A slot or an age mention ends in a word as well ("{city}", "[{age} años]").
    private static bool EndsInWord(string phrase) => phrase[^1] is '}' or ']' || char.IsLetterOrDigit(phrase[^1]);

    private static void BrandLine(TextBuilder tb, OverlapPlan plan, SlotWriter slots)
    {
        tb.Append(plan.Brand + plan.BrandDecoration);
        slots.Write(tb, plan.Slogan);
    }

    private void Footers(TextBuilder tb, City city, SynthRandom rng) =>
        SharedLines.AppendFooters(tb, _plan.SupportLines, _plan.Boilerplate, _options.SupportLineShare, _options.BoilerplateShare, city, rng);

    private static string Author(Owner owner, OverlapPlan plan, int person, SynthRandom rng) => plan.Population switch
    {
        OverlapPopulations.Agency => plan.Brand!,
        OverlapPopulations.Trafficking when plan.Brand is not null && rng.Chance(0.5) => plan.Brand,
        _ => owner.Persons[person].Name,
    };

    private static DateTime[] Times(Owner owner, OverlapPlan plan, SynthRandom rng)
    {
        // Stint k covers [k/s, (k+1)/s) of the poster's active days and ad i belongs to stint i·s/n.
        var minutes = new long[owner.AdCount];
        var span = (long)owner.Days * 1440;
        var stints = plan.Stints.Count;
        for (var i = 0; i < minutes.Length; i++)
        {
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
