using Ariadne.Core.Entities;
using Ariadne.Extraction.Facts;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Locations;

/// <summary>
/// City names (1–4 capitalised words, "de"/"do"/"la"… allowed inside) looked up in the <see cref="Gazetteer"/>.
/// Disambiguation: a state, province or country code after the name ("London, ON", "Birmingham, AL") names the
/// country; else a city in the document's country (or, with none, the country of an international "+CC" phone
/// in the text) wins, else the most populous. Because many city names are ordinary words or first names, a city
/// needs a locative context ("in", "en", "à", "em", "visiting"…, a postcode before it, a district after it such
/// as "downtown" or "16e", or a following ", XX") unless it is large (≥ 200,000 people) and not a common word;
/// a common word in capitals ("NO DEPOSIT") is never a place.
/// </summary>
internal static class LocationScanner
{
    private const int MaxWords = 4;
    private const int LargeCity = 200_000;

    internal static readonly string[] Prepositions =
    [
        "in", "at", "to", "near", "from", "visiting", "around", "en", "a", "à", "em", "por", "de", "no", "na", "desde",
        "hacia", "dans", "vers", "near", "outcall", "incall", "based", "visit", "touring", "arriving", "leaving", "para", "pour",
    ];

    internal static readonly string[] Connectors = ["de", "del", "la", "las", "los", "do", "da", "dos", "das", "upon", "sur", "on", "le", "les", "en", "el"];

    // Capitalised at the start of a sentence these are words first and towns second.
    internal static readonly string[] CommonWords =
    [
        "nice", "mobile", "reading", "bath", "best", "sale", "split", "hope", "police", "orange", "victoria", "independence",
        "university", "mission", "paradise", "surprise", "deal", "march", "may", "bar", "male", "bay", "sweet", "young",
        "real", "hot", "new", "classy", "gentle", "rich", "bright", "sandy", "lucky", "royal", "paz", "vitoria", "merci",
        "hola", "bonjour", "sexy", "pretty", "fresh", "independent", "special", "agency", "booking", "deposit", "text",
        "call", "book", "rates", "discreet", "available", "verified", "angel", "sky", "star", "moon", "rose", "ruby",
        "amber", "luna", "stella", "nina", "eva", "maya", "ivy", "daisy", "rosa", "clara", "carla", "lola", "tina",
        "sofia", "florence", "regina", "alexandria", "jasmine", "paris", "gabi", "mia", "hana", "kira", "marta", "sasha",
        "latina", "latino", "ebony", "asian", "gold", "diamond", "trust", "love", "kiss", "honey", "candy", "cherry",
    ];

    // Words after a city that make it one: "Toronto downtown", "Melbourne CBD", "Madrid centro".
    private static readonly string[] Districts = ["downtown", "cbd", "centro", "centre", "center", "midtown", "uptown", "zona"];

    public static void Scan(string text, List<Token> tokens, string? country, List<Candidate> sink)
    {
        var gazetteer = Gazetteer.Instance;
        Span<char> key = stackalloc char[96];
        Span<int> ends = stackalloc int[MaxWords];
        var t = 0;
        while (t < tokens.Count)
        {
            if (!StartsName(text, tokens[t]))
            {
                t++;
                continue;
            }

            var matched = false;
            // Collect candidate end tokens: words (capitalised or connectors) joined by spaces or hyphens.
            var count = 0;
            var k = t;
            while (k < tokens.Count && count < MaxWords)
            {
                var tok = tokens[k];
                if (tok.Kind != TokenKind.Word || (k > t && tok.Start - tokens[k - 1].End > 1))
                {
                    break;
                }

                if (k > t && !StartsName(text, tok) && (tok.Class & WordClass.Connector) == 0)
                {
                    break;
                }

                if (StartsName(text, tok))
                {
                    ends[count++] = k;
                }

                k++;
                if (TokenText.IsSymbol(text, tokens, k, '-') && tokens[k].Start == tokens[k - 1].End)
                {
                    k++;
                }
            }

            for (var w = count - 1; w >= 0 && !matched; w--)
            {
                var last = ends[w];
                var n = Normalise(text.AsSpan(tokens[t].Start, tokens[last].End - tokens[t].Start), key);
                if (n <= 0)
                {
                    continue;
                }

                var cities = gazetteer.Find(key[..n]);
                if (cities.IsEmpty)
                {
                    continue;
                }

                // "London, ON", "Birmingham, AL", "Perth, WA": the code after the name says which country.
                var region = RegionAfter(text, tokens, last);
                City city;
                if (region is not null ? !TryChooseIn(cities, region, out city) : !TryChoose(cities, country, out city))
                {
                    continue;
                }

                var context = region is not null || HasContext(text, tokens, t, last);
                var single = t == last;
                var common = single && (tokens[t].Class & WordClass.CommonWord) != 0;
                if (common && region is null && IsShouted(text, tokens[t]))
                {
                    continue;
                }

                if (region is not null || (context ? (!common || t > 0) : (city.Population >= LargeCity && !common)))
                {
                    sink.Add(new Candidate(new ExtractedEntity(EntityType.Location, city.Name + ", " + city.Country, tokens[t].Start, tokens[last].End), Candidate.LocationPriority));
                    t = last + 1;
                    matched = true;
                }
            }

            if (!matched)
            {
                t++;
            }
        }
    }

    private static bool StartsName(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length >= 2 && char.IsUpper(text[token.Start]);

    private static bool TryChoose(ReadOnlySpan<City> cities, string? country, out City city)
    {
        if (country is not null)
        {
            foreach (var c in cities)
            {
                if (c.Country == country)
                {
                    // A village at home loses to a metropolis abroad: "Montréal" in a French ad is the Canadian city.
                    city = c.Population < 10_000 && cities[0].Population >= 500_000 ? cities[0] : c;
                    return true;
                }
            }
        }

        city = cities[0];
        // Outside the document's country only a real city (not a village sharing the name) is believable.
        return country is null || city.Population >= LargeCity;
    }

    // "DEPOSIT", "LATINA": capitals shout a word; they do not name a town.
    private static bool IsShouted(string text, Token token)
    {
        if (token.Length < 3)
        {
            return false;
        }

        for (var i = token.Start; i < token.End; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The countries named by a code after ", ": US states, Canadian provinces, Australian states, "UK".
    private static string[]? RegionAfter(string text, List<Token> tokens, int last)
    {
        var k = last + 1;
        if (!TokenText.IsSymbol(text, tokens, k, ',') || k + 1 >= tokens.Count || tokens[k + 1].Kind != TokenKind.Word || tokens[k + 1].Length is < 2 or > 3)
        {
            return null;
        }

        var code = text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length);
        foreach (var c in code)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return null;
            }
        }

        return RegionCodes.Lookup.TryGetValue(code, out var countries) ? countries : null;
    }

    private static bool TryChooseIn(ReadOnlySpan<City> cities, string[] countries, out City city)
    {
        // Cities are most populous first: the first in any of the countries.
        foreach (var c in cities)
        {
            if (Array.IndexOf(countries, c.Country) >= 0)
            {
                city = c;
                return true;
            }
        }

        city = default;
        return false;
    }

    private static bool HasContext(string text, List<Token> tokens, int first, int last)
    {
        if (first > 0 && TokenText.Has(tokens, first - 1, WordClass.Preposition))
        {
            return true;
        }

        // "75011 Paris", "28004 Madrid": a postcode before the name.
        if (first > 0 && tokens[first - 1].Kind == TokenKind.Number && tokens[first - 1].Length is 4 or 5)
        {
            return true;
        }

        // "Toronto downtown", "Paris 16e".
        var after = last + 1;
        if (TokenText.IsAny(text, tokens, after, Districts)
            || (after + 1 < tokens.Count && tokens[after].Kind == TokenKind.Number && tokens[after].Length <= 2
                && tokens[after + 1].Start == tokens[after].End && (TokenText.Is(text, tokens[after + 1], "e") || TokenText.Is(text, tokens[after + 1], "eme"))))
        {
            return true;
        }

        // "Houston, TX" / "Leeds, UK".
        var k = last + 1;
        return TokenText.IsSymbol(text, tokens, k, ',') && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word
            && tokens[k + 1].Length is 2 or 3 && char.IsUpper(text[tokens[k + 1].Start]) && char.IsUpper(text[tokens[k + 1].End - 1]);
    }

    private static int Normalise(ReadOnlySpan<char> s, Span<char> destination)
    {
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (n >= destination.Length - 1)
            {
                return -1;
            }

            if (space)
            {
                destination[n++] = ' ';
                space = false;
            }

            destination[n++] = TextFold.Fold(c);
        }

        return n;
    }
}
