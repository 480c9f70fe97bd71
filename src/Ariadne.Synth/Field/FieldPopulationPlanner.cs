using System.Globalization;
using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Field;

/// <summary>
/// Splits N ads into the field population: networks that use phones in turn and move on a circuit, independents
/// (some posting a stock text), a few spam and agency posters; draws the platform support numbers and picks the
/// boilerplate blocks in circulation. Phones come from the classic <see cref="PhoneBook"/> (fiction ranges only),
/// support lines first, then networks, posters and independents, so when the ranges run out at very large N it is
/// the later independents who advertise with a handle or e-mail instead.
/// </summary>
internal sealed class FieldPopulationPlanner
{
    // The grammar is English, so the field population lives where ads are written in English.
    private static readonly string[] Regions = ["na", "na", "na", "uk", "au"];

    private static readonly City[] EnglishCities = [.. Gazetteer.Cities.Where(c => c.Region is "na" or "uk" or "au")];

    private static readonly int[] IndependentSizes = [1, 1, 2, 2, 2, 3, 3, 4, 5];

    private static readonly string[] PriceStyles = ["roses", "dollar", "dollar", "code"];

    private readonly SynthRandom _rng;
    private readonly long _seed;
    private readonly FieldProfileOptions _options;
    private readonly PhoneBook _phones;
    private readonly ContactBook _contacts;

    public FieldPopulationPlanner(long seed, FieldProfileOptions options)
    {
        _seed = seed;
        _options = options;
        _rng = SynthRandom.For(seed, "field-population");
        _phones = new PhoneBook(_rng);
        _contacts = new ContactBook(_rng);
    }

    public FieldCorpusPlan Plan(int ads)
    {
        var support = new List<PhoneNumber>();
        var usCities = EnglishCities.Where(c => c.Country == "US").ToArray();
        for (var i = 0; i < _options.SupportLines; i++)
        {
            if (_phones.Take(_rng.Pick(usCities)) is { } line)
            {
                support.Add(line);
            }
        }

        var owners = new List<Owner>();
        var networkAds = (int)Math.Round(ads * _options.NetworkAdShare);
        var posterAds = (int)Math.Round(ads * _options.PosterAdShare);
        var independentAds = ads - networkAds - posterAds;

        var n = 0;
        for (var remaining = networkAds; remaining > 0;)
        {
            var size = Math.Min(remaining, NetworkSize());
            if (remaining - size > 0 && remaining - size < _options.NetworkMinAds)
            {
                size = remaining;
            }

            owners.Add(Network(++n, size));
            remaining -= size;
        }

        var spamAds = posterAds * 3 / 5;
        Split(owners, spamAds, Math.Max(1, spamAds / 250), Spam);
        Split(owners, posterAds - spamAds, Math.Max(1, (posterAds - spamAds) / 100), Agency);

        var sizes = new List<int>();
        for (var remaining = independentAds; remaining > 0;)
        {
            var size = Math.Min(remaining, _rng.Pick(IndependentSizes));
            sizes.Add(size);
            remaining -= size;
        }

        // Stock texts grow with the number of independents: each is posted by StockTextPosters of them.
        var posters = _options.StockTextPosters;
        var stockCount = Math.Min(sizes.Count / posters, (int)Math.Round(sizes.Count * _options.StockTextIndependentShare / posters));
        var stockOf = new int[sizes.Count];
        Array.Fill(stockOf, -1);
        var order = Enumerable.Range(0, sizes.Count).ToArray();
        _rng.Shuffle(order);
        for (var j = 0; j < stockCount * posters; j++)
        {
            stockOf[order[j]] = j % stockCount;
        }

        var stocks = new FieldTemplate[stockCount];
        for (var k = 0; k < stockCount; k++)
        {
            var rng = SynthRandom.For(_seed, "field-stock", k);
            stocks[k] = TemplateMaker.Independent("stock-" + (k + 1).ToString("00", CultureInfo.InvariantCulture), rng.Between(4, 8), rng);
        }

        for (var w = 0; w < sizes.Count; w++)
        {
            owners.Add(Independent(w + 1, sizes[w], stockOf[w] >= 0 ? stocks[stockOf[w]] : null));
        }

        var blocks = SharedLines.Boilerplate.ToList();
        _rng.Shuffle(blocks);
        return new FieldCorpusPlan(owners, support, blocks.Take(_options.BoilerplateBlocks).ToList(), stockCount);
    }

    // Skewed towards small networks: min + range·u^a has mean min + range/(a+1), so a is set to land on the mean.
    private int NetworkSize()
    {
        var range = _options.NetworkMaxAds - _options.NetworkMinAds + 1;
        var a = (range / (_options.NetworkMeanAds - _options.NetworkMinAds + 0.5)) - 1;
        return _options.NetworkMinAds + Math.Min(range - 1, (int)(range * Math.Pow(_rng.NextDouble(), a)));
    }

    private static void Split(List<Owner> owners, int total, int count, Func<int, int, Owner> make)
    {
        for (var i = 0; i < count && total > 0; i++)
        {
            var size = (total / count) + (i < total % count ? 1 : 0);
            if (size > 0)
            {
                owners.Add(make(i + 1, size));
            }
        }
    }

    private Owner Network(int index, int size)
    {
        var owner = new Owner
        {
            Id = ContactBook.Id("net", index, 4),
            Label = "trafficking",
            Controller = _rng.Pick(Phrasebook.Controllers),
            Lang = Lang.En,
            AdCount = size,
        };
        var plan = new FieldPlan();
        owner.Field = plan;

        var regionCities = Gazetteer.InRegion(_rng.Pick(Regions)).ToList();
        _rng.Shuffle(regionCities);
        var cityCount = Math.Min(Math.Min(_rng.Between(_options.MinCities, _options.MaxCities), regionCities.Count), Math.Max(1, size / 3));
        owner.Cities.AddRange(regionCities.Take(cityCount));

        // A circuit: some networks go round their cities a second time.
        var laps = cityCount > 1 && _rng.Chance(0.3) ? 2 : 1;
        var stints = Math.Min(cityCount * laps, Math.Max(1, size / 2));
        for (var s = 0; s < stints; s++)
        {
            plan.Stints.Add(owner.Cities[s % cityCount]);
        }

        var persons = Math.Min(_rng.Between(_options.MinPersons, _options.MaxPersons), Math.Max(1, size / 2));
        var names = Phrasebook.Names.ToList();
        _rng.Shuffle(names);
        for (var i = 0; i < persons; i++)
        {
            var age = _rng.Chance(0.3) ? _rng.Between(18, 19) : _rng.Between(20, 25);
            owner.Persons.Add(new Person(names[i], age));
        }

        var mainLine = _options.MaxPhoneEras >= 2 && _rng.Chance(_options.MainLineNetworkShare);
        var eras = _rng.Chance(_options.SinglePhoneNetworkShare) ? 1 : _rng.Between(2, Math.Max(2, _options.MaxPhoneEras));
        eras = Math.Min(eras, Math.Max(1, _options.MaxPhoneEras - (mainLine ? 1 : 0)));
        eras = Math.Min(eras, Math.Max(1, size / 4));
        for (var e = 0; e < eras; e++)
        {
            // A new number is usually bought where the network is at the time (its area code follows the circuit).
            var middle = ((2 * e) + 1) * size / (2 * eras);
            if (_phones.Take(plan.Stints[middle * plan.Stints.Count / size]) is { } phone)
            {
                plan.Eras.Add(phone);
            }
        }

        if (mainLine && _phones.Take(owner.Cities[0]) is { } main)
        {
            plan.MainLine = main;
        }

        owner.Phones.AddRange(plan.Eras);
        if (plan.MainLine is not null)
        {
            owner.Phones.Add(plan.MainLine);
        }

        _contacts.AddNetworkContacts(owner, names[0]);

        var templates = Math.Min(_options.MaxTemplates, _rng.Chance(0.45) ? 1 : _rng.Chance(0.65) ? 2 : 3);
        var textRng = SynthRandom.For(_seed, "field-template", index);
        for (var t = 0; t < templates; t++)
        {
            var sentences = textRng.Between(_options.MinTemplateSentences, _options.MaxTemplateSentences);
            plan.Templates.Add(TemplateMaker.Network(owner.Id + "/t" + (t + 1).ToString(CultureInfo.InvariantCulture), sentences, persons > 1, owner.Wallets.Count > 0, textRng));
        }

        owner.PriceStyle = _rng.Pick(PriceStyles);
        owner.BasePrice = _rng.Between(15, 35) * 10;
        owner.Days = _rng.Between(45, PopulationPlanner.WindowDays);
        owner.StartDay = _rng.Next(PopulationPlanner.WindowDays - owner.Days + 1);
        return owner;
    }

    private Owner Independent(int index, int size, FieldTemplate? stock)
    {
        var city = _rng.Pick(EnglishCities);
        var owner = new Owner
        {
            Id = ContactBook.Id("ind", index, 4),
            Label = "independent",
            Controller = string.Empty,
            Lang = Lang.En,
            AdCount = size,
        };
        var plan = new FieldPlan { StockText = stock is not null };
        owner.Field = plan;
        var name = _rng.Pick(Phrasebook.Names);
        owner.Persons.Add(new Person(name, _rng.Between(20, 34)));
        owner.Cities.Add(city);
        plan.Stints.Add(city);

        // A stock text's posters all give a number of their own: the text is shared, the phones never are.
        if ((stock is not null || _rng.Chance(0.85)) && _phones.Take(city) is { } phone)
        {
            owner.Phones.Add(phone);
        }

        if (_rng.Chance(0.6) || owner.Phones.Count == 0)
        {
            owner.Handles.Add(_contacts.NewHandle(name));
        }

        if (_rng.Chance(0.25))
        {
            owner.Emails.Add(_contacts.NewEmail(name));
        }

        var textRng = SynthRandom.For(_seed, "field-own-text", index);
        plan.Templates.Add(stock is not null ? TemplateMaker.StockCopy(stock, textRng) : TemplateMaker.Independent(null, textRng.Between(4, 7), textRng));
        owner.PriceStyle = _rng.Pick(PriceStyles);
        owner.BasePrice = _rng.Between(18, 45) * 10;
        owner.Days = Math.Min(PopulationPlanner.WindowDays, _rng.Between(3, 40));
        owner.StartDay = _rng.Next(PopulationPlanner.WindowDays - owner.Days + 1);
        return owner;
    }

    private Owner Spam(int index, int size)
    {
        var owner = new Owner
        {
            Id = ContactBook.Id("spam", index, 3),
            Label = "spam",
            Controller = "spam poster " + index.ToString(CultureInfo.InvariantCulture),
            Lang = Lang.En,
            AdCount = size,
        };
        owner.Cities.AddRange(Gazetteer.InRegion(_rng.Pick(Regions)));
        if (_phones.Take(owner.Cities[0]) is { } phone)
        {
            owner.Phones.Add(phone);
        }

        owner.PriceStyle = "dollar";
        owner.BasePrice = 150;
        owner.Days = PopulationPlanner.WindowDays;
        return owner;
    }

    private Owner Agency(int index, int size)
    {
        var name = _rng.Pick(Phrasebook.Agencies);
        var owner = new Owner
        {
            Id = ContactBook.Id("agency", index, 3),
            Label = "agency",
            Controller = name,
            Lang = Lang.En,
            AdCount = size,
        };
        var cities = Gazetteer.InRegion(_rng.Pick(Regions)).ToList();
        _rng.Shuffle(cities);
        owner.Cities.AddRange(cities.Take(_rng.Between(2, 4)));
        if (_phones.Take(owner.Cities[0]) is { } phone)
        {
            owner.Phones.Add(phone);
        }

        owner.Emails.Add(_contacts.AgencyEmail(name));
        owner.PriceStyle = "code";
        owner.BasePrice = 300;
        owner.Days = PopulationPlanner.WindowDays;
        return owner;
    }
}
