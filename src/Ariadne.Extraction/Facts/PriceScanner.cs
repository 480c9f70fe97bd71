using System.Globalization;
using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Facts;

/// <summary>
/// Prices as "AMOUNT CUR": "$200" (bare $ by country: CA → CAD, AU → AUD, else USD), "US$200", "C$200", "€120",
/// "120€", "£150", "150 roses"/"bucks" (USD), "200 USD", "120 euros", "1500 MXN". A "/hr" after the amount is
/// not part of the span.
/// </summary>
internal static class PriceScanner
{
    /// <summary>Every word <see cref="CurrencyWord"/> knows, for the <see cref="Lexicon"/>.</summary>
    internal static readonly string[] CurrencyWords =
    [
        "roses", "rosas", "bucks", "bux", "usd", "dollars", "dollar", "dolares", "dls", "cad", "aud", "eur", "euro", "euros",
        "gbp", "pounds", "quid", "mxn", "pesos",
    ];

    public static void Scan(string text, List<Token> tokens, string? country, List<Candidate> sink)
    {
        var dollar = country switch { "CA" => "CAD", "AU" => "AUD", _ => "USD" };
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
                    var explicitCurrency = prefix switch { "US" or "USD" => "USD", "C" or "CA" or "CAD" => "CAD", "A" or "AU" or "AUD" => "AUD", "MX" or "MXN" => "MXN", _ => null };
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
