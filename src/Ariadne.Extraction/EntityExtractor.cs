using Ariadne.Core.Entities;
using Ariadne.Extraction.Crypto;
using Ariadne.Extraction.Facts;
using Ariadne.Extraction.Locations;
using Ariadne.Extraction.Phones;
using Ariadne.Extraction.Text;
using Ariadne.Extraction.Web;

namespace Ariadne.Extraction;

/// <summary>
/// Extracts every entity of the contract from one text. Scanners propose candidates; overlaps are resolved by
/// priority (wallet, email, profile link, handle, phone, url, price, age, name, location), then by length.
/// Not thread-safe (it reuses buffers): use one instance per thread.
/// </summary>
public sealed class EntityExtractor
{
    private readonly PhoneScanner _phones = new();
    private readonly List<Token> _tokens = new(256);
    private readonly List<Candidate> _candidates = new(32);
    private readonly List<Candidate> _ages = new(4);

    /// <summary>
    /// Entities in text order, never overlapping. <paramref name="country"/> (ISO 3166-1 alpha-2) is the default
    /// region for phones and the preferred country for cities and "$"; without it the first city mentioned in
    /// the text decides, else US rules apply.
    /// </summary>
    public List<ExtractedEntity> Extract(string text, string? country = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        country = NormaliseCountry(country);
        _candidates.Clear();
        _ages.Clear();
        Tokenizer.Tokenize(text, _tokens);

        CryptoScanner.Scan(text, _candidates);
        EmailScanner.Scan(text, _candidates);
        UrlScanner.Scan(text, _candidates);
        HandleScanner.Scan(text, _tokens, _candidates);
        AgeScanner.Scan(text, _tokens, _ages);
        _candidates.AddRange(_ages);
        NameScanner.Scan(text, _tokens, _ages, _candidates);

        var locationsFrom = _candidates.Count;
        LocationScanner.Scan(text, _tokens, country, _candidates);
        var region = country;
        if (region is null)
        {
            // "or the location found in the text": the first city's country is the phone region.
            if (_candidates.Count > locationsFrom)
            {
                region = _candidates[locationsFrom].Entity.Value[^2..];
            }
        }

        var priceCountry = country ?? region;
        PriceScanner.Scan(text, _tokens, priceCountry, _candidates);
        _phones.Scan(text, _tokens, PhoneValidator.IsSupportedRegion(region) ? region! : PhoneValidator.FallbackRegion, _candidates);
        return Resolve(_candidates);
    }

    private static string? NormaliseCountry(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        var c = country.Trim().ToUpperInvariant();
        return c.Length == 2 && char.IsAsciiLetter(c[0]) && char.IsAsciiLetter(c[1]) ? (c == "UK" ? "GB" : c) : null;
    }

    private static List<ExtractedEntity> Resolve(List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
            var p = a.Priority.CompareTo(b.Priority);
            if (p != 0)
            {
                return p;
            }

            var l = (b.Entity.End - b.Entity.Start).CompareTo(a.Entity.End - a.Entity.Start);
            return l != 0 ? l : a.Entity.Start.CompareTo(b.Entity.Start);
        });
        var accepted = new List<ExtractedEntity>(candidates.Count);
        foreach (var c in candidates)
        {
            var e = c.Entity;
            if (e.End <= e.Start)
            {
                continue;
            }

            var overlaps = false;
            foreach (var a in accepted)
            {
                if (e.Start < a.End && a.Start < e.End)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                accepted.Add(e);
            }
        }

        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }
}
