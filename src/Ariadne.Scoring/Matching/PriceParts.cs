using System.Globalization;

namespace Ariadne.Scoring.Matching;

/// <summary>Splits the extractor's price value ("150 USD") into amount and currency.</summary>
public static class PriceParts
{
    public static bool TryParse(string value, out double amount, out string currency)
    {
        ArgumentNullException.ThrowIfNull(value);
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        currency = space > 0 ? value[(space + 1)..] : string.Empty;
        return double.TryParse(space > 0 ? value.AsSpan(0, space) : value, NumberStyles.Float, CultureInfo.InvariantCulture, out amount) && currency.Length > 0;
    }
}
