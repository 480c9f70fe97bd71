using System.Globalization;
using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth;

/// <summary>
/// Splits N ads into owners: ~45% in trafficking-like networks (10–60 ads each), ~40% from independent
/// workers (1–5 ads in one city) and ~15% spam/agency noise, and gives each owner its identifiers.
/// </summary>
internal sealed class PopulationPlanner
{
    public const int WindowDays = 120;


    private readonly SynthRandom _rng;
    private readonly PhoneBook _phones;
    private readonly ContactBook _contacts;

    public PopulationPlanner(SynthRandom rng)
    {
        _rng = rng;
        _phones = new PhoneBook(rng);
        _contacts = new ContactBook(rng);
    }

    public List<Owner> Plan(int ads)
    {
        var owners = new List<Owner>();
        var networkAds = (int)Math.Round(ads * 0.45);
        var noiseAds = (int)Math.Round(ads * 0.15);
        var independentAds = ads - networkAds - noiseAds;

        var n = 0;
        for (var remaining = networkAds; remaining > 0;)
        {
            var size = Math.Min(remaining, _rng.Between(10, 60));
            if (remaining - size is > 0 and < 10)
            {
                size = remaining;
            }

            owners.Add(Network(++n, size));
            remaining -= size;
        }

        var spamAds = noiseAds * 3 / 5;
        var agencyAds = noiseAds - spamAds;
        Split(owners, spamAds, Math.Max(1, spamAds / 250), (i, size) => Spam(i, size));
        Split(owners, agencyAds, Math.Max(1, agencyAds / 100), (i, size) => Agency(i, size));

        var w = 0;
        for (var remaining = independentAds; remaining > 0;)
        {
            var size = Math.Min(remaining, _rng.Pick(IndependentSizes));
            owners.Add(Independent(++w, size));
            remaining -= size;
        }

        return owners;
    }

    private static readonly int[] IndependentSizes = [1, 1, 2, 2, 2, 3, 3, 4, 5];

    private static void Split(List<Owner> owners, int total, int count, Func<int, int, Owner> make)
    {
        if (total <= 0)
        {
            return;
        }

        for (var i = 0; i < count; i++)
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
        var region = _rng.Pick(Gazetteer.NetworkRegions);
        var lang = Gazetteer.LanguageOfRegion(region);
        var owner = new Owner
        {
            Id = ContactBook.Id("net", index, 4),
            Label = "trafficking",
            Controller = _rng.Pick(Phrasebook.Controllers),
            Lang = lang,
            AdCount = size,
        };

        var regionCities = Gazetteer.InRegion(region).ToList();
        _rng.Shuffle(regionCities);
        var cityCount = Math.Min(Math.Min(_rng.Between(3, 6), regionCities.Count), Math.Max(1, size / 3));
        owner.Cities.AddRange(regionCities.Take(cityCount));

        var persons = Math.Min(_rng.Between(2, 6), Math.Max(1, size / 2));
        var names = Phrasebook.Names.ToList();
        _rng.Shuffle(names);
        for (var i = 0; i < persons; i++)
        {
            // Youth-skewed ages, all adult: a few stated as 18–19 (the cue is the language, not a number).
            var age = _rng.Chance(0.3) ? _rng.Between(18, 19) : _rng.Between(20, 25);
            owner.Persons.Add(new Person(names[i], age));
        }

        var phoneCount = _rng.Between(1, 3);
        for (var i = 0; i < phoneCount; i++)
        {
            if (_phones.Take(owner.Cities[0]) is { } phone)
            {
                owner.Phones.Add(phone);
            }
        }

        _contacts.AddNetworkContacts(owner, names[0]);

        // One template: a sentence per category, chosen once, so the family resemblance is the signal.
        var bank = Phrasebook.Network(lang);
        double[] keep = [0.8, 1, persons > 1 ? 0.4 : 0, 1, 0.5, 0.85, 1, 1, 0.6, 0.7];
        for (var c = 0; c < bank.Length; c++)
        {
            if (_rng.Chance(keep[c]))
            {
                var sentence = _rng.Pick(bank[c]);
                if (sentence.Contains("{WALLET}", StringComparison.Ordinal) && owner.Wallets.Count == 0)
                {
                    sentence = bank[c].FirstOrDefault(s => !s.Contains("{WALLET}", StringComparison.Ordinal)) ?? string.Empty;
                }

                if (sentence.Length > 0)
                {
                    owner.Template.Add(sentence);
                }
            }
        }

        owner.PriceStyle = _rng.Pick(PriceStyles);
        owner.BasePrice = _rng.Between(15, 35) * 10;
        var stint = _rng.Between(7, 21);
        owner.Days = Math.Min(WindowDays, stint * cityCount);
        owner.StartDay = _rng.Next(WindowDays - owner.Days + 1);
        return owner;
    }

    private static readonly string[] PriceStyles = ["roses", "dollar", "dollar", "code"];

    private Owner Independent(int index, int size)
    {
        var city = _rng.Pick(Gazetteer.Cities);
        var lang = Gazetteer.LanguageOf(city, _rng);
        var owner = new Owner
        {
            Id = ContactBook.Id("ind", index, 4),
            Label = "independent",
            Controller = string.Empty,
            Lang = lang,
            AdCount = size,
        };
        var name = _rng.Pick(Phrasebook.Names);
        owner.Persons.Add(new Person(name, _rng.Between(20, 34)));
        owner.Cities.Add(city);
        if (_rng.Chance(0.85) && _phones.Take(city) is { } phone)
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

        // Her own sentence picks and order, plus a flourish nobody else shares.
        var bank = Phrasebook.Independent(lang);
        foreach (var category in bank)
        {
            var choices = owner.Phones.Count == 0 ? category.Where(s => !s.Contains("{PHONE}", StringComparison.Ordinal)).ToArray() : category;
            owner.Template.Add(choices.Length > 0 ? _rng.Pick(choices) : _rng.Pick(category));
        }

        var adjectives = Phrasebook.Adjectives.ToList();
        var hobbies = Phrasebook.Flourish.ToList();
        _rng.Shuffle(adjectives);
        _rng.Shuffle(hobbies);
        var flourish = lang == Lang.En
            ? $"I'm {adjectives[0]} and {adjectives[1]}, into {hobbies[0]}, {hobbies[1]} and {hobbies[2]}."
            : $"({hobbies[0]}, {hobbies[1]}, {hobbies[2]} ♡)";
        owner.Template.Insert(_rng.Between(1, owner.Template.Count - 1), flourish);
        owner.PriceStyle = _rng.Pick(PriceStyles);
        owner.BasePrice = _rng.Between(18, 45) * 10;
        owner.Days = Math.Min(WindowDays, _rng.Between(3, 40));
        owner.StartDay = _rng.Next(WindowDays - owner.Days + 1);
        return owner;
    }

    private Owner Spam(int index, int size)
    {
        var region = _rng.Pick(Gazetteer.NetworkRegions);
        var owner = new Owner
        {
            Id = ContactBook.Id("spam", index, 3),
            Label = "spam",
            Controller = "spam poster " + index.ToString(CultureInfo.InvariantCulture),
            Lang = Gazetteer.LanguageOfRegion(region),
            AdCount = size,
        };
        owner.Cities.AddRange(Gazetteer.InRegion(region));
        if (_phones.Take(owner.Cities[0]) is { } phone)
        {
            owner.Phones.Add(phone);
        }

        owner.PriceStyle = "dollar";
        owner.BasePrice = 150;
        owner.Days = WindowDays;
        return owner;
    }

    private Owner Agency(int index, int size)
    {
        var region = _rng.Pick(Gazetteer.NetworkRegions);
        var name = _rng.Pick(Phrasebook.Agencies);
        var owner = new Owner
        {
            Id = ContactBook.Id("agency", index, 3),
            Label = "agency",
            Controller = name,
            Lang = Gazetteer.LanguageOfRegion(region),
            AdCount = size,
        };
        var cities = Gazetteer.InRegion(region).ToList();
        _rng.Shuffle(cities);
        owner.Cities.AddRange(cities.Take(_rng.Between(2, 4)));
        if (_phones.Take(owner.Cities[0]) is { } phone)
        {
            owner.Phones.Add(phone);
        }

        owner.Emails.Add(_contacts.AgencyEmail(name));
        owner.PriceStyle = "code";
        owner.BasePrice = 300;
        owner.Days = WindowDays;
        return owner;
    }
}
