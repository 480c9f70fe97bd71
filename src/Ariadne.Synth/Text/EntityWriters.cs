using System.Globalization;
using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>Surface forms for ages, prices, emails, handles and locations, each with its contract value.</summary>
internal static class EntityWriters
{
    public static void Age(TextBuilder tb, Lang lang, int age, SynthRandom rng)
    {
        var n = age.ToString(CultureInfo.InvariantCulture);
        // Spelled forms exist for 18–29; older stated ages stay numeric.
        var word = age <= 29 ? NumberWords.Age(lang, age) : n;
        var surface = lang switch
        {
            Lang.Es => rng.Next(3) switch { 0 => n + " años", 1 => word + " años", _ => "tengo " + n + " años" },
            Lang.Fr => rng.Next(3) switch { 0 => n + " ans", 1 => "j'ai " + n + " ans", _ => word + " ans" },
            Lang.Pt => rng.Next(2) == 0 ? n + " anos" : "tenho " + n + " anos",
            _ => rng.Next(6) switch { 0 => n + "yo", 1 => n + " y/o", 2 => "age: " + word, 3 => "age " + n, 4 => n + " years old", _ => n + "yrs" },
        };
        tb.Entity("age", n, surface);
    }

    /// <summary>Writes a price; <paramref name="style"/> is fixed per owner so one poster keeps one habit.</summary>
    public static void Price(TextBuilder tb, City city, int amount, string style, SynthRandom rng)
    {
        var n = amount.ToString(CultureInfo.InvariantCulture);
        var dollar = city.Country switch { "CA" => "CAD", "AU" => "AUD", _ => "USD" };
        switch (city.Country)
        {
            case "US" or "CA" or "AU":
                switch (style)
                {
                    case "roses":
                        tb.Entity("price", n + " USD", n + (rng.Chance(0.7) ? " roses" : " bucks"));
                        break;
                    case "code":
                        tb.Entity("price", n + " " + dollar, n + " " + dollar).Append(rng.Chance(0.5) ? " hh" : " 1hr");
                        break;
                    default:
                        tb.Entity("price", n + " " + dollar, "$" + n).Append(rng.Chance(0.5) ? "/hr" : string.Empty);
                        break;
                }

                break;
            case "GB":
                tb.Entity("price", n + " GBP", style == "code" ? n + " GBP" : "£" + n);
                break;
            case "MX":
                tb.Entity("price", n + " MXN", n + " MXN");
                break;
            default:
                tb.Entity("price", n + " EUR", style switch { "roses" => n + " euros", "code" => n + " EUR", _ => rng.Chance(0.5) ? n + "€" : "€" + n });
                break;
        }
    }

    /// <summary>Amounts by currency zone, so prices look local.</summary>
    public static int PriceAmount(City city, int basePrice, SynthRandom rng) => city.Country switch
    {
        "MX" => (basePrice * 18 / 500 * 500) + (rng.Next(3) * 500),
        "ES" or "FR" or "PT" or "GB" => (basePrice * 8 / 100 * 10) + (rng.Next(3) * 10),
        _ => basePrice + (rng.Next(3) * 10),
    };

    public static void Email(TextBuilder tb, string address, SynthRandom rng, bool allowObfuscation)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var local = address[..at];
        var domain = address[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        string host = domain[..dot], tld = domain[(dot + 1)..];
        var kind = allowObfuscation ? rng.Next(6) : rng.Next(2);
        var surface = kind switch
        {
            0 => address,
            1 => char.ToUpperInvariant(local[0]) + local[1..] + "@" + char.ToUpperInvariant(host[0]) + host[1..] + "." + tld,
            2 => $"{local} at {host} dot {tld}",
            3 => $"{local} [at] {host} [dot] {tld}",
            4 => $"{local}(at){host}(dot){tld}",
            _ => $"{local} AT {host} DOT {tld}",
        };
        tb.Entity("email", address, surface, obfuscated: kind >= 2);
    }

    public static void Handle(TextBuilder tb, string platform, string user, SynthRandom rng)
    {
        var shown = rng.Chance(0.2) ? char.ToUpperInvariant(user[0]) + user[1..] : user;
        var surface = platform switch
        {
            "instagram" => rng.Next(3) switch { 0 => "IG @" + shown, 1 => "insta: " + shown, _ => "instagram.com/" + shown },
            "snapchat" => rng.Next(2) == 0 ? "snap: " + shown : "Snapchat " + shown,
            "kik" => rng.Next(2) == 0 ? "kik me " + shown : "kik: " + shown,
            "telegram" => rng.Next(2) == 0 ? "t.me/" + shown : "telegram @" + shown,
            "onlyfans" => "onlyfans.com/" + shown,
            "tiktok" => "tiktok.com/@" + shown,
            _ => "x.com/" + shown,
        };
        tb.Entity("handle", platform + ":" + user, surface);
    }

    public static void Location(TextBuilder tb, City city, SynthRandom rng)
    {
        var surface = city.LocalName != city.Name && rng.Chance(0.6) ? city.LocalName : city.Name;
        if (city.Name == "Mexico City" && rng.Chance(0.3))
        {
            surface = "CDMX";
        }

        tb.Entity("location", city.Value, surface);
    }
}
