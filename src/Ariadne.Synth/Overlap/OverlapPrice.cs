using System.Globalization;
using Ariadne.Synth.Model;

namespace Ariadne.Synth.Overlap;

/// <summary>
/// A price as the overlap profile's rate phrases print it: the amount alone with its currency, so the phrase's own
/// words ("per hour", "la hora") stay the phrase's. Values follow the extraction contract (roses → USD).
/// </summary>
internal static class OverlapPrice
{
    public static (string Value, string Surface) Write(City city, int amount, int style)
    {
        var n = amount.ToString(CultureInfo.InvariantCulture);
        switch (city.Country)
        {
            case "US" or "CA" or "AU":
                var dollar = city.Country switch { "CA" => "CAD", "AU" => "AUD", _ => "USD" };
                return style switch
                {
                    0 => (n + " " + dollar, "$" + n),
                    1 => (n + " " + dollar, n + " " + dollar),
                    _ => (n + " USD", n + " roses"),
                };
            case "GB":
                return (n + " GBP", style == 1 ? n + " GBP" : "£" + n);
            case "MX":
                return (n + " MXN", n + " MXN");
            default:
                return (n + " EUR", style switch { 0 => n + "€", 1 => "€" + n, _ => n + " euros" });
        }
    }
}
