using System.Globalization;
using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Facts;

/// <summary>
/// Prices as "AMOUNT CUR": "$200" (bare $ by country: CA → CAD, AU → AUD, MX → MXN, else USD), "US$200", "C$200",
/// "R$ 300" (BRL), "MX$ 900", "€120", "120€", "£150", "150 roses"/"bucks" (USD), "200 USD", "120 euros",
/// "1500 MXN", "250 reais"; a currency code before the amount ("CAD 180", "USD300"); and a slang label with a colon
/// or dash ("roses: 160" in USD, "donation - 200", "donativo: 150", "cadeau : 200" in the country's currency).
/// A "/hr" after the amount is not part of the span.
/// </summary>
internal static class PriceScanner
{
    /// <summary>Every word <see cref="CurrencyWord"/> knows, for the <see cref="Lexicon"/>.</summary>
    internal static readonly string[] CurrencyWords =
    [
        "roses", "rosas", "bucks", "bux", "usd", "dollars", "dollar", "dolares", "dls", "cad", "aud", "eur", "euro", "euros",
        "gbp", "pounds", "quid", "mxn", "pesos", "brl", "reais",
    ];

    /// <summary>Words that name a price before a colon or dash ("roses: 160", "donation - 200"), for the <see cref="Lexicon"/>.</summary>
    internal static readonly string[] LabelWords =
    [
        "roses", "donation", "donations", "gift", "gifts", "tribute", "donativo", "donativos", "regalo", "cadeau", "cadeaux",
        "presente", "mimo",
    ];

    public static void Scan(string text, List<Token> tokens, string? country, List<Candidate> sink)
    {
        // Mexican ads write pesos with "$"; elsewhere outside Canada and Australia a bare "$" is the US dollar.
        var dollar = country switch { "CA" => "CAD", "AU" => "AUD", "MX" => "MXN", _ => "USD" };
        for (var t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (tok.Kind == TokenKind.Symbol && text[tok.Start] is '$' or '€' or '£')
            {
                var start = tok.Start;
                var currency = text[tok.Start] switch { '€' => "EUR", '£' => "GBP", _ => dollar };
                if (text[tok.Start] == '$' && t > 0 && tokens[t - 1].Kind == TokenKind.Word && tokens[t - 1].End == tok.Start)
                {
                    var prefix = text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length);
                    var explicitCurrency = prefix switch { "US" or "USD" => "USD", "C" or "CA" or "CAD" => "CAD", "A" or "AU" or "AUD" => "AUD", "MX" or "MXN" => "MXN", "R" => "BRL", _ => null };
                    if (explicitCurrency is not null)
                    {
                        currency = explicitCurrency;
                        start = tokens[t - 1].Start;
                    }
                }

                var k = t + 1;
                if (k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Start - tok.End <= 1 && Amount(text, tokens[k]) is { } amount)
                {
                    Emit(sink, amount, currency, start, tokens[k].End);
                    t = k;
                }

                continue;
            }

            if (tok.Kind == TokenKind.Word && (tok.Class & (WordClass.Currency | WordClass.PriceLabel)) != 0)
            {
                var next = TryBefore(text, tokens, t, country, sink);
                if (next > t)
                {
                    t = next;
                }

                continue;
            }

            // The currency after the number is checked first: most numbers have none, and parsing the amount
            // (a decimal) is the dearer test.
            if (tok.Kind != TokenKind.Number)
            {
                continue;
            }

            var c = t + 1;
            if (c >= tokens.Count || tokens[c].Start - tok.End > 1)
            {
                continue;
            }

            var cur = tokens[c].Kind switch
            {
                TokenKind.Symbol => text[tokens[c].Start] switch { '€' => "EUR", '$' => dollar, '£' => "GBP", _ => null },
                TokenKind.Word when (tokens[c].Class & WordClass.Currency) != 0 => CurrencyWord(text.AsSpan(tokens[c].Start, tokens[c].Length), dollar),
                _ => null,
            };
            if (cur is not null && Amount(text, tok) is { } value)
            {
                Emit(sink, value, cur, tok.Start, tokens[c].End);
                t = c;
            }
        }
    }

    // "CAD 180", "USD300" (a code before the amount) and "roses: 160", "donation - 200" (a label, then ':' or '-').
    // Returns the amount's token index when a price was emitted, else t.
    private static int TryBefore(string text, List<Token> tokens, int t, string? country, List<Candidate> sink)
    {
        var tok = tokens[t];
        var word = text.AsSpan(tok.Start, tok.Length);
        var k = t + 1;
        string? currency;
        if ((tok.Class & WordClass.PriceLabel) != 0)
        {
            if (!TokenText.IsSymbol(text, tokens, k, ':') && !TokenText.IsSymbol(text, tokens, k, '-'))
            {
                return t;
            }

            k++;
            currency = TextFold.EqualsFolded(word, "roses") ? "USD" : CountryCurrency(country);
        }
        else
        {
            currency = word.Length == 3 ? CodeCurrency(word) : null;
        }

        if (currency is null || k >= tokens.Count || tokens[k].Kind != TokenKind.Number || tokens[k].Start - tokens[k - 1].End > 1
            || Amount(text, tokens[k]) is not { } amount)
        {
            return t;
        }

        // "CAD 180 incall" but not "USD 2026-11-30": the amount ends there.
        if (k + 2 < tokens.Count && tokens[k + 1].Start == tokens[k].End && tokens[k + 1].Kind == TokenKind.Symbol && text[tokens[k + 1].Start] is '-' or '/' or ':' or '.'
            && tokens[k + 2].Kind == TokenKind.Number)
        {
            return t;
        }

        Emit(sink, amount, currency, tok.Start, tokens[k].End);
        return k;
    }

    private static string? CodeCurrency(ReadOnlySpan<char> code)
    {
        Span<char> f = stackalloc char[3];
        TextFold.Fold(code, f);
        return f switch
        {
            "usd" => "USD",
            "cad" => "CAD",
            "aud" => "AUD",
            "eur" => "EUR",
            "gbp" => "GBP",
            "mxn" => "MXN",
            "brl" => "BRL",
            _ => null,
        };
    }

    // The currency an ad's country prices in, for amounts named only by a label ("donativo: 150").
    private static string CountryCurrency(string? country) => country switch
    {
        "CA" => "CAD",
        "AU" => "AUD",
        "GB" => "GBP",
        "MX" => "MXN",
        "BR" => "BRL",
        "ES" or "FR" or "PT" or "DE" or "IT" or "NL" or "BE" or "AT" or "IE" or "FI" or "GR" or "LU" => "EUR",
        _ => "USD",
    };

    private static string? CurrencyWord(ReadOnlySpan<char> word, string dollar)
    {
        Span<char> f = stackalloc char[8];
        if (word.Length > 8)
        {
            return null;
        }

        var n = TextFold.Fold(word, f);
        return f[..n] switch
        {
            "roses" or "rosas" or "bucks" or "bux" or "usd" => "USD",
            "dollars" or "dollar" or "dolares" or "dls" => dollar,
            "cad" => "CAD",
            "aud" => "AUD",
            "eur" or "euro" or "euros" => "EUR",
            "gbp" or "pounds" or "quid" => "GBP",
            "mxn" or "pesos" => "MXN",
            "brl" or "reais" => "BRL",
            _ => null,
        };
    }

    // "1,500" and "1.500" are thousands; "150.50" and "150,50" are decimals.
    private static decimal? Amount(string text, Token token)
    {
        var s = text.AsSpan(token.Start, token.Length);
        if (s.Length > 12)
        {
            return null;
        }

        Span<char> digits = stackalloc char[12];
        var n = 0;
        var fraction = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is ',' or '.')
            {
                var rest = s.Length - i - 1;
                var more = s[(i + 1)..].IndexOfAny(',', '.') >= 0;
                if (rest <= 2 && !more)
                {
                    fraction = n;
                    digits[n++] = '.';
                }

                continue;
            }

            digits[n++] = c;
        }

        if (!decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 1_000_000)
        {
            return null;
        }

        return fraction >= 0 ? value : decimal.Truncate(value);
    }

    private static void Emit(List<Candidate> sink, decimal amount, string currency, int start, int end)
    {
        var text = (amount == decimal.Truncate(amount) ? decimal.Truncate(amount) : amount).ToString("0.##", CultureInfo.InvariantCulture);
        sink.Add(new Candidate(new ExtractedEntity(EntityType.Price, text + " " + currency, start, end), Candidate.PricePriority));
    }
}
