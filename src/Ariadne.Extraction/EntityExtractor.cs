using System.Runtime.InteropServices;
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

    // One bit per UTF-16 position already covered by an accepted entity (reused between texts).
    private ulong[] _taken = new ulong[32];

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
        // Without a country, an international number in the text says where the ad is ("Valencia … +34 …").
        LocationScanner.Scan(text, _tokens, country ?? CallingCodeCountry(text), _candidates);
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
        return Resolve(_candidates, ref _taken);
    }

    // The region of the first "+CC" (one to three digits after '+', then a space, '-', '(' or more digits) that
    // libphonenumber knows, or null.
    private static string? CallingCodeCountry(string text)
    {
        for (var p = text.IndexOf('+'); p >= 0 && p + 1 < text.Length; p = text.IndexOf('+', p + 1))
        {
            var code = 0;
            for (var k = p + 1; k < text.Length && k <= p + 3 && char.IsAsciiDigit(text[k]); k++)
            {
                code = (code * 10) + (text[k] - '0');
                // Calling codes are prefix-free: the first one that names a region is the code.
                if (PhoneValidator.RegionOfCallingCode(code) is { } region)
                {
                    return region;
                }
            }
        }

        return null;
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

    private static List<ExtractedEntity> Resolve(List<Candidate> candidates, ref ulong[] taken)
    {
        // A few dozen candidates per ad: an insertion sort with the comparison inlined beats Sort with a delegate.
        var span = CollectionsMarshal.AsSpan(candidates);
        for (var i = 1; i < span.Length; i++)
        {
            var item = span[i];
            var j = i - 1;
            while (j >= 0 && Precedes(item, span[j]))
            {
                span[j + 1] = span[j];
                j--;
            }

            span[j + 1] = item;
        }

        // Overlap test against a bitmap of covered positions: constant work per accepted entity instead of a
        // comparison with every entity accepted before it.
        var extent = 0;
        foreach (var c in span)
        {
            extent = Math.Max(extent, c.Entity.End);
        }

        var words = (extent >> 6) + 1;
        if (taken.Length < words)
        {
            taken = new ulong[Math.Max(words, taken.Length * 2)];
        }

        var bits = taken.AsSpan(0, words);
        bits.Clear();
        var accepted = new List<ExtractedEntity>(candidates.Count);
        foreach (var c in span)
        {
            var e = c.Entity;
            // (A negative start never comes from a scanner; it would not fit the bitmap.)
            if (e.End <= e.Start || e.Start < 0 || AnySet(bits, e.Start, e.End))
            {
                continue;
            }

            SetRange(bits, e.Start, e.End);
            accepted.Add(e);
        }

        // Accepted entities never overlap, so ordering by start is a total order: insertion sort again.
        var result = CollectionsMarshal.AsSpan(accepted);
        for (var i = 1; i < result.Length; i++)
        {
            var item = result[i];
            var j = i - 1;
            while (j >= 0 && result[j].Start > item.Start)
            {
                result[j + 1] = result[j];
                j--;
            }

            result[j + 1] = item;
        }

        return accepted;
    }

    // Lower priority first, then longer, then earlier.
    private static bool Precedes(in Candidate a, in Candidate b)
    {
        if (a.Priority != b.Priority)
        {
            return a.Priority < b.Priority;
        }

        int la = a.Entity.End - a.Entity.Start, lb = b.Entity.End - b.Entity.Start;
        return la != lb ? la > lb : a.Entity.Start < b.Entity.Start;
    }

    // Bits [start, end) of the bitmap, word by word.
    private static bool AnySet(ReadOnlySpan<ulong> bits, int start, int end)
    {
        for (var i = start; i < end; i = (i | 63) + 1)
        {
            if ((bits[i >> 6] & RangeMask(i, end)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void SetRange(Span<ulong> bits, int start, int end)
    {
        for (var i = start; i < end; i = (i | 63) + 1)
        {
            bits[i >> 6] |= RangeMask(i, end);
        }
    }

    // The bits of word i >> 6 from position i up to (not including) end or the word's end.
    private static ulong RangeMask(int i, int end)
    {
        var from = i & 63;
        var to = Math.Min(end - (i & ~63), 64);
        var high = to == 64 ? ulong.MaxValue : (1UL << to) - 1;
        return high & (ulong.MaxValue << from);
    }
}
