using System.Globalization;
using Ariadne.Synth.Field;
using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Overlap;

/// <summary>
/// Splits N ads into the overlap population: trafficking networks (circuits of cities, phones in turn, several
/// personas), independents at home, agencies (several personas, one booking line, one city, a brand line) and touring
/// independents. Each poster draws its habits from its population's rates and gets its own small template. Nothing
/// that is not an indicator depends on the population except the shape of the poster (ads, cities, phones, personas)
/// and the brand line: languages, cities, ages, ethnicities, prices and template sentences come from the same
/// distributions for everyone, so the indicators are the only text signal the Bayes scores leave out.
/// </summary>
internal sealed class OverlapPopulationPlanner
{
    // Regions as the classic gazetteer groups them (Montréal left out: a French circuit would cross the Atlantic).
    private static readonly string[] Regions = ["na", "na", "na", "uk", "au", "es", "mx", "fr", "pt"];

    private static readonly string[] BrandDecorations = [" | ", " ✦ ", " — ", " ~ ", " · "];

    private readonly long _seed;
    private readonly OverlapProfileOptions _options;
    private readonly SynthRandom _rng;
    private readonly PhoneBook _phones;
    private readonly ContactBook _contacts;
    private readonly HashSet<string> _brands = new(StringComparer.Ordinal);

    public OverlapPopulationPlanner(long seed, OverlapProfileOptions options)
    {
        _seed = seed;
        _options = options;
        _rng = SynthRandom.For(seed, "overlap-population");
        _phones = new PhoneBook(_rng);
        _contacts = new ContactBook(_rng);
    }

    public OverlapCorpusPlan Plan(int ads)
    {
        var support = new List<PhoneNumber>();
        var usCities = Gazetteer.Cities.Where(c => c.Country == "US").ToArray();
        for (var i = 0; i < _options.SupportLines; i++)
        {
            if (_phones.Take(_rng.Pick(usCities)) is { } line)
            {
                support.Add(line);
            }
        }

        var traffickingAds = (int)Math.Round(ads * _options.TraffickingAdShare);
        var agencyAds = Math.Min(ads - traffickingAds, (int)Math.Round(ads * _options.AgencyAdShare));
        var touringAds = Math.Min(ads - traffickingAds - agencyAds, (int)Math.Round(ads * _options.TouringAdShare));
        var independentAds = ads - traffickingAds - agencyAds - touringAds;

        // Phones are handed out in this order, so when the fiction ranges run out it is the last independents who
        // advertise with an e-mail instead.
        var owners = new List<Owner>();
        Add(owners, traffickingAds, _options.TraffickingMinAds, _options.TraffickingMaxAds, _options.TraffickingMeanAds, Network);
        Add(owners, agencyAds, _options.AgencyMinAds, _options.AgencyMaxAds, _options.AgencyMeanAds, Agency);
        Add(owners, touringAds, _options.TouringMinAds, _options.TouringMaxAds, _options.TouringMeanAds, Touring);
        Add(owners, independentAds, _options.IndependentMinAds, _options.IndependentMaxAds, _options.IndependentMeanAds, Independent);

        var adCounts = new int[OverlapPopulations.Count];
        var posterCounts = new int[OverlapPopulations.Count];
        foreach (var owner in owners)
        {
            var c = PopulationIndex(owner.Overlap!.Population);
            adCounts[c] += owner.AdCount;
            posterCounts[c]++;
        }

        var blocks = SharedLines.Boilerplate.ToList();
        _rng.Shuffle(blocks);
        var rates = OverlapPopulations.All.Select(p => _options.Rates.Of(p).ToArray()).ToArray();
        var bayes = new OverlapBayes(rates, _options.HabitAdChance, _options.StrayAdChance, adCounts, posterCounts);
        return new OverlapCorpusPlan(owners, support, [.. blocks.Take(_options.BoilerplateBlocks)], _options, adCounts, posterCounts, bayes);
    }

    public static int PopulationIndex(string population)
    {
        for (var i = 0; i < OverlapPopulations.All.Count; i++)
        {
            if (OverlapPopulations.All[i] == population)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(population), population, "Not a population of the overlap profile.");
    }

    private void Add(List<Owner> owners, int total, int min, int max, double mean, Func<int, int, Owner> make)
    {
        var index = 0;
        for (var remaining = total; remaining > 0;)
        {
            var size = Math.Min(remaining, Size(min, max, mean));
            if (remaining - size > 0 && remaining - size < min)
            {
                size = remaining;
            }

            owners.Add(make(++index, size));
            remaining -= size;
        }
    }

    // Skewed towards small posters: min + range·u^a has mean min + range/(a+1) − ½, so a is set to land on the mean.
    private int Size(int min, int max, double mean)
    {
        var range = max - min + 1;
        var a = (range / (mean - min + 0.5)) - 1;
        return min + Math.Min(range - 1, (int)(range * Math.Pow(_rng.NextDouble(), a)));
    }

    private Owner Network(int index, int size)
    {
        var (region, lang) = Region();
        var owner = NewOwner(ContactBook.Id("net", index, 4), OverlapPopulations.Trafficking, _rng.Pick(PhraseFiles.Shared("controllers")), lang, size);
        var plan = NewPlan(OverlapPopulations.Trafficking, lang, index);
        owner.Overlap = plan;

        // A circuit of cities in one region, sometimes gone round twice, a few days in each.
        var cities = Cities(region);
        var count = _rng.Chance(_options.TraffickingTwoCityShare) ? 2 : _rng.Between(_options.TraffickingMinCities, _options.TraffickingMaxCities);
        count = Math.Min(count, cities.Count);
        var laps = count > 1 && _rng.Chance(_options.TraffickingSecondLapShare) ? 2 : 1;
        var stints = Math.Min(count * laps, size);
        for (var s = 0; s < stints; s++)
        {
            plan.Stints.Add(cities[s % count]);
        }

        Persons(owner, plan, Math.Min(size, _rng.Between(_options.TraffickingMinPersons, _options.TraffickingMaxPersons)));

        var eras = _rng.Chance(_options.TraffickingSinglePhoneShare) ? 1 : _rng.Between(Math.Min(2, _options.MaxPhoneEras), _options.MaxPhoneEras);
        eras = Math.Min(eras, Math.Max(1, size / 2));
        for (var e = 0; e < eras; e++)
        {
            // A new number is bought where the network is when it changes.
            var middle = ((2 * e) + 1) * size / (2 * eras);
            Phone(owner, plan, plan.Stints[middle * plan.Stints.Count / size]);
        }

        if (_rng.Chance(_options.TraffickingBrandShare))
        {
            Brand(plan, lang);
        }

        Finish(owner, plan, stints * StintDays(stints));
        return owner;
    }

    private Owner Agency(int index, int size)
    {
        var (region, lang) = Region();
        var plan = NewPlan(OverlapPopulations.Agency, lang, index);
        Brand(plan, lang);
        var owner = NewOwner(ContactBook.Id("agency", index, 3), OverlapPopulations.Agency, plan.Brand!, lang, size);
        owner.Overlap = plan;
        var city = _rng.Pick(Cities(region));
        plan.Stints.Add(city);
        Persons(owner, plan, Math.Min(size, _rng.Between(_options.AgencyMinPersons, _options.AgencyMaxPersons)));
        Phone(owner, plan, city);
        Finish(owner, plan, _rng.Between(60, PopulationPlanner.WindowDays));
        return owner;
    }

    private Owner Touring(int index, int size)
    {
        var (region, lang) = Region();
        var owner = NewOwner(ContactBook.Id("tour", index, 4), OverlapPopulations.Touring, string.Empty, lang, size);
        var plan = NewPlan(OverlapPopulations.Touring, lang, index);
        owner.Overlap = plan;
        var cities = Cities(region);
        var count = Math.Min(Math.Min(_rng.Between(_options.TouringMinCities, _options.TouringMaxCities), cities.Count), size);
        plan.Stints.AddRange(cities.Take(count));
        Persons(owner, plan, 1);
        Phone(owner, plan, plan.Stints[0]);
        Finish(owner, plan, count * StintDays(count));
        return owner;
    }

    private Owner Independent(int index, int size)
    {
        var (region, lang) = Region();
        var owner = NewOwner(ContactBook.Id("ind", index, 4), OverlapPopulations.Independent, string.Empty, lang, size);
        var plan = NewPlan(OverlapPopulations.Independent, lang, index);
        owner.Overlap = plan;
        var cities = Cities(region);
        plan.Stints.Add(cities[0]);
        if (size >= 3 && cities.Count > 1 && _rng.Chance(_options.IndependentVisitShare))
        {
            // A stretch in a second city, then home again.
            plan.Stints.Add(cities[1]);
            plan.Stints.Add(cities[0]);
        }

        Persons(owner, plan, 1);
        Phone(owner, plan, cities[0]);
        if (size >= 2 && _rng.Chance(_options.IndependentPhoneChangeShare))
        {
            Phone(owner, plan, cities[0]);
        }

        Finish(owner, plan, Math.Min(PopulationPlanner.WindowDays, _rng.Between(5, 60)));
        return owner;
    }

    private (string Region, Lang Lang) Region()
    {
        var region = _rng.Pick(Regions);
        return (region, Gazetteer.LanguageOfRegion(region));
    }

    private List<City> Cities(string region)
    {
        var cities = Gazetteer.InRegion(region).Where(c => c.Name != "Montreal").ToList();
        _rng.Shuffle(cities);
        return cities;
    }

    private int StintDays(int stints) =>
        Math.Max(1, Math.Min(_rng.Between(_options.MinStintDays, _options.MaxStintDays), PopulationPlanner.WindowDays / Math.Max(1, stints)));

    private static Owner NewOwner(string id, string population, string controller, Lang lang, int size) => new()
    {
        Id = id,
        Label = OverlapPopulations.LabelOf(population),
        Controller = controller,
        Lang = lang,
        AdCount = size,
    };

    private OverlapPlan NewPlan(string population, Lang lang, int index)
    {
        var rates = _options.Rates.Of(population).ToArray();
        var habits = new bool[OverlapIndicators.Count];
        var favourites = new int[OverlapIndicators.Count][];
        for (var k = 0; k < habits.Length; k++)
        {
            habits[k] = _rng.Chance(rates[k]);
        }

        // The template is drawn from a stream of its own, so the population plan above does not move when a bank grows.
        var text = SynthRandom.For(_seed, "overlap-template-" + population, index);
        for (var k = 0; k < favourites.Length; k++)
        {
            var bank = k == OverlapIndicators.ObscuredPhoneIndex ? 0 : OverlapPhrasebank.Templates(k, lang).Count;
            favourites[k] = bank == 0 ? [] : [.. Enumerable.Range(0, text.Between(1, 3)).Select(_ => text.Next(bank))];
        }

        var plan = new OverlapPlan
        {
            Population = population,
            Habits = habits,
            Favourites = favourites,
            ContactLead = text.Pick(PhraseFiles.Get("contact", lang)),
            ContactFirst = text.Chance(0.2),
            NewLines = text.Chance(0.4),
            PriceStyle = text.Next(3),
        };

        plan.Sentences.Add(text.Pick(PhraseFiles.Get("intro", lang)));
        Distinct(plan.Sentences, PhraseFiles.Get("describe", lang), text.Between(1, 2), text);
        var invite = PhraseFiles.Get("invite", lang);
        var schedule = PhraseFiles.Get("schedule", lang);
        plan.Sentences.Add(text.Pick(text.Chance(0.5) ? invite : schedule));
        if (text.Chance(0.5))
        {
            plan.Sentences.Add(text.Pick(schedule));
        }

        if (text.Chance(0.6))
        {
            plan.Sentences.Add(text.Pick(PhraseFiles.Get("close", lang)));
        }

        Distinct(plan.Titles, PhraseFiles.Get("title", lang), 2, text);
        return plan;
    }

    private static void Distinct(List<string> into, string[] bank, int count, SynthRandom rng)
    {
        var picked = new HashSet<int>();
        while (picked.Count < Math.Min(count, bank.Length))
        {
            var i = rng.Next(bank.Length);
            if (picked.Add(i))
            {
                into.Add(bank[i]);
            }
        }
    }

    private void Persons(Owner owner, OverlapPlan plan, int count)
    {
        var names = PhraseFiles.Shared("names").ToList();
        _rng.Shuffle(names);
        for (var i = 0; i < count; i++)
        {
            // Adult ages 23–45, skewed young; the young age and the ethnicity come from the same draws for everyone.
            var adult = 23 + Math.Min(22, (int)(23 * Math.Pow(_rng.NextDouble(), 1.5)));
            owner.Persons.Add(new Person(names[i], adult));
            plan.YoungAges.Add(_rng.Between(19, 22));
            plan.Ethnicities.Add(_rng.Next(PhraseFiles.Get("eth", Lang.En).Length));
        }
    }

    private void Phone(Owner owner, OverlapPlan plan, City city)
    {
        if (_phones.Take(city) is { } phone)
        {
            plan.Eras.Add(phone);
            owner.Phones.Add(phone);
        }
        else if (plan.FallbackEmail is null && plan.Eras.Count == 0)
        {
            plan.FallbackEmail = _contacts.NewEmail(owner.Persons[0].Name);
            owner.Emails.Add(plan.FallbackEmail);
        }
    }

    private void Brand(OverlapPlan plan, Lang lang)
    {
        var brands = PhraseFiles.Shared("brands");
        var kinds = PhraseFiles.Shared("brand-kinds");
        var brand = _rng.Pick(brands) + " " + _rng.Pick(kinds);
        for (var attempt = 0; !_brands.Add(brand); attempt++)
        {
            // A brand is one poster's: two posters under one name would be a link the truth does not have.
            brand = attempt < 20 ? _rng.Pick(brands) + " " + _rng.Pick(kinds) : _rng.Pick(brands) + " " + (attempt + 2).ToString(CultureInfo.InvariantCulture);
        }

        plan.Brand = brand;
        plan.Slogan = _rng.Pick(PhraseFiles.Get("slogan", lang));
        plan.BrandDecoration = _rng.Pick(BrandDecorations);
        plan.BrandOnTop = _rng.Chance(0.5);
    }

    private void Finish(Owner owner, OverlapPlan plan, int days)
    {
        foreach (var city in plan.Stints)
        {
            if (!owner.Cities.Contains(city))
            {
                owner.Cities.Add(city);
            }
        }

        if (_rng.Chance(_options.HandleShare))
        {
            owner.Handles.Add(_contacts.NewHandle(owner.Persons[0].Name));
        }

        owner.BasePrice = _rng.Between(15, 40) * 10;
        owner.PriceStyle = plan.PriceStyle.ToString(CultureInfo.InvariantCulture);
        owner.Days = Math.Min(PopulationPlanner.WindowDays, days);
        owner.StartDay = _rng.Next(PopulationPlanner.WindowDays - owner.Days + 1);
    }
}
