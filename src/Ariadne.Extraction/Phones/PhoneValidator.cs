using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Ariadne.Extraction.Phones;

/// <summary>
/// libphonenumber behind one call: digits (and an optional '+') to E.164 when the number is valid.
/// <para>
/// <c>PhoneNumberUtil.Parse</c> costs microseconds of regex work and throws for non-numbers, and
/// <c>Format</c> is slower still, so the common shapes take a fast path that does what <c>Parse</c> would do
/// without it: when the digits cannot start with an international prefix, the region's country code or its
/// national prefix, the national significant number is the digits themselves (after '+' and the country code
/// for international input). The number is then built directly and validated by libphonenumber's own metadata
/// (<c>IsValidNumberForRegion</c> on the main region first, which is what <c>IsValidNumber</c> decides first);
/// every other shape still goes through <c>Parse</c>. Validity is always libphonenumber's verdict.
/// </para>
/// </summary>
internal static class PhoneValidator
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // GetSupportedRegions() copies a HashSet on every call (≈ 12 µs): ask once.
    private static readonly FrozenSet<string> SupportedRegions = Util.GetSupportedRegions().ToFrozenSet(StringComparer.Ordinal);

    // Per-region prefixes compiled once (a few hundred regions at most: bounded by the metadata, not the input).
    private static readonly ConcurrentDictionary<string, RegionRules?> Rules = new(StringComparer.Ordinal);

    /// <summary>The default region used when a document names no (supported) country.</summary>
    public const string FallbackRegion = "US";

    public static bool IsSupportedRegion(string? region) =>
        region is { Length: 2 } && SupportedRegions.Contains(region);

    /// <summary>Parses ASCII <paramref name="digits"/> (international when <paramref name="international"/>).</summary>
    public static string? ToE164(ReadOnlySpan<char> digits, bool international, string region)
    {
        if (digits.Length is < 7 or > 17)
        {
            return null;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return TryFast(digits, international, region, out var fast) ? fast : ViaParse(digits, international, region);
    }

    /// <summary>The reference path: <c>Parse</c>, <c>IsValidNumber</c>, <c>Format</c> (tests compare the fast path to it).</summary>
    internal static string? ViaParse(ReadOnlySpan<char> digits, bool international, string region)
    {
        try
        {
            var text = international ? string.Concat("+", digits) : digits.ToString();
            var number = Util.Parse(text, international ? "ZZ" : region);
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            // Expected for digit strings that are no phone number at all.
            return null;
        }
    }

    /// <summary>
    /// True when the fast path could decide; <paramref name="e164"/> is then the answer (null: not valid).
    /// False sends the digits to <c>Parse</c> (leading zeros, national or international prefixes, odd regions).
    /// </summary>
    private static bool TryFast(ReadOnlySpan<char> digits, bool international, string region, out string? e164)
    {
        e164 = null;
        int countryCode;
        ReadOnlySpan<char> nsn;
        RegionRules? rules;
        if (international)
        {
            // Country codes are prefix-free: the first 1..3 digits naming a country are the code (as Parse does).
            countryCode = 0;
            var ccLength = 0;
            for (var len = 1; len <= 3; len++)
            {
                var cc = int.Parse(digits[..len], provider: System.Globalization.CultureInfo.InvariantCulture);
                if (Util.GetRegionCodeForCountryCode(cc) != "ZZ")
                {
                    countryCode = cc;
                    ccLength = len;
                    break;
                }
            }

            if (countryCode == 0)
            {
                return true; // Parse: invalid country code.
            }

            nsn = digits[ccLength..];
            rules = RulesFor(Util.GetRegionCodeForCountryCode(countryCode));
            if (rules is null || nsn.Length < 2 || nsn[0] == '0' || rules.StripsNationalPrefix(nsn))
            {
                return false;
            }
        }
        else
        {
            rules = RulesFor(region);
            if (rules is null || digits[0] == '0' || rules.StartsWithIdd(digits))
            {
                return false;
            }

            countryCode = rules.CountryCode;
            nsn = digits;
            if (digits.StartsWith(rules.CountryCodeText, StringComparison.Ordinal))
            {
                // NANP "1 214 555 0188": the leading 1 is both the country code and the national prefix; either
                // reading leaves the ten digits after it. Other regions starting with their code go to Parse.
                if (!rules.IsPlainNanp || digits.Length != 11 || digits[1] is '0' or '1')
                {
                    return false;
                }

                nsn = digits[1..];
            }
            else if (rules.StripsNationalPrefix(nsn))
            {
                return false;
            }
        }

        var number = new PhoneNumber.Builder()
            .SetCountryCode(countryCode)
            .SetNationalNumber(ulong.Parse(nsn, provider: System.Globalization.CultureInfo.InvariantCulture))
            .Build();
        if (!IsValid(number, countryCode))
        {
            return true;
        }

        e164 = string.Create(System.Globalization.CultureInfo.InvariantCulture, stackalloc char[24], $"+{countryCode}{nsn}");
        return true;
    }

    private static bool IsValid(PhoneNumber number, int countryCode)
    {
        // IsValidNumber first asks the main region of the code (listed first); when that region has no leading
        // digits and the number is valid there, IsValidNumber's answer is the same, at a third of the cost.
        var regions = Util.GetRegionCodesForCountryCode(countryCode);
        if (regions.Count > 0 && RulesFor(regions[0]) is { HasLeadingDigits: false } && Util.IsValidNumberForRegion(number, regions[0]))
        {
            return true;
        }

        return Util.IsValidNumber(number);
    }

    private static RegionRules? RulesFor(string region) => Rules.GetOrAdd(region, static r =>
    {
        var md = Util.GetMetadataForRegion(r);
        return md is null ? null : new RegionRules(md);
    });

    /// <summary>What Parse would strip from the front of national digits for one region.</summary>
    private sealed class RegionRules
    {
        private readonly Regex? _nationalPrefix;
        private readonly Regex? _idd;
        private readonly string? _nationalPrefixLiteral;
        private readonly string? _iddLiteral;

        public RegionRules(PhoneMetadata md)
        {
            CountryCode = md.CountryCode;
            CountryCodeText = md.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            HasLeadingDigits = !string.IsNullOrEmpty(md.LeadingDigits);
            var prefix = string.IsNullOrEmpty(md.NationalPrefixForParsing) ? md.NationalPrefix : md.NationalPrefixForParsing;
            // Anchored like Java's lookingAt(); the patterns are libphonenumber's own, short and linear.
            // Most prefixes are plain digits ("1", "0", "011", "00"): a StartsWith then, no regex at all.
            if (IsDigits(prefix))
            {
                _nationalPrefixLiteral = prefix;
            }
            else if (!string.IsNullOrEmpty(prefix))
            {
                _nationalPrefix = new Regex("^(?:" + prefix + ")", RegexOptions.CultureInvariant);
            }

            if (IsDigits(md.InternationalPrefix))
            {
                _iddLiteral = md.InternationalPrefix;
            }
            else if (!string.IsNullOrEmpty(md.InternationalPrefix))
            {
                _idd = new Regex("^(?:" + md.InternationalPrefix + ")", RegexOptions.CultureInvariant);
            }

            IsPlainNanp = md.CountryCode == 1 && prefix == "1" && string.IsNullOrEmpty(md.NationalPrefixTransformRule);
        }

        public int CountryCode { get; }

        public string CountryCodeText { get; }

        public bool HasLeadingDigits { get; }

        public bool IsPlainNanp { get; }

        public bool StripsNationalPrefix(ReadOnlySpan<char> digits) =>
            _nationalPrefixLiteral is not null ? digits.StartsWith(_nationalPrefixLiteral, StringComparison.Ordinal) : _nationalPrefix is not null && _nationalPrefix.IsMatch(digits);

        public bool StartsWithIdd(ReadOnlySpan<char> digits) =>
            _iddLiteral is not null ? digits.StartsWith(_iddLiteral, StringComparison.Ordinal) : _idd is not null && _idd.IsMatch(digits);

        private static bool IsDigits(string? s) => !string.IsNullOrEmpty(s) && !s.AsSpan().ContainsAnyExceptInRange('0', '9');
    }
}
