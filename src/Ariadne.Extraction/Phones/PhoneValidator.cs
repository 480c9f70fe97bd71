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
/// for international input). The number is then checked against libphonenumber's own metadata the way
/// <c>IsValidNumber</c> does (region choice, possible lengths, full match of each type's pattern), with the patterns
/// compiled once here instead of interpreted; every other shape still goes through <c>Parse</c>. Validity follows
/// libphonenumber's rules and data (tests compare both on every region's example numbers and random digit strings).
/// </para>
/// </summary>
internal static class PhoneValidator
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // GetSupportedRegions() copies a HashSet on every call (≈ 12 µs): ask once.
    private static readonly FrozenSet<string> SupportedRegions = Util.GetSupportedRegions().ToFrozenSet(StringComparer.Ordinal);

    // Per country code, a bit per national number length some region of the code allows (bounded like Rules).
    private static readonly ConcurrentDictionary<int, ulong> LengthMasks = new();

    // Metadata patterns compiled once per distinct pattern (bounded by the metadata, not the input).
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    // Per-region prefixes compiled once (a few hundred regions at most: bounded by the metadata, not the input).
    private static readonly ConcurrentDictionary<string, RegionRules?> Rules = new(StringComparer.Ordinal);

    /// <summary>The default region used when a document names no (supported) country.</summary>
    public const string FallbackRegion = "US";

    public static bool IsSupportedRegion(string? region) =>
        region is { Length: 2 } && SupportedRegions.Contains(region);

    /// <summary>True for the regions of country code 1 (the North American Numbering Plan).</summary>
    public static bool IsNanpRegion(string region) => NanpRegions.Contains(region);

    /// <summary>The main region of an international calling code ("34" → ES), or null.</summary>
    public static string? RegionOfCallingCode(int callingCode)
    {
        var r = Util.GetRegionCodeForCountryCode(callingCode);
        return r is null or "ZZ" or "001" ? null : r;
    }

    private static readonly FrozenSet<string> NanpRegions = Util.GetRegionCodesForCountryCode(1).ToFrozenSet(StringComparer.Ordinal);

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
            // No country code starts with 0 ("+045…" is no Danish number: Parse rejects it); let Parse say so.
            if (digits[0] == '0')
            {
                return false;
            }

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

        if (!IsValid(nsn, countryCode))
        {
            return true;
        }

        e164 = string.Create(System.Globalization.CultureInfo.InvariantCulture, stackalloc char[24], $"+{countryCode}{nsn}");
        return true;
    }

    /// <summary>libphonenumber's <c>IsValidNumber</c> for a national significant number without a leading zero.</summary>
    internal static bool IsValid(ReadOnlySpan<char> nsn, int countryCode)
    {
        // A length no region of the code allows fails every pattern.
        if (!IsPossibleLength(countryCode, nsn.Length))
        {
            return false;
        }

        if (Decide(nsn, countryCode) is { } verdict)
        {
            return verdict;
        }

        var number = new PhoneNumber.Builder()
            .SetCountryCode(countryCode)
            .SetNationalNumber(ulong.Parse(nsn, provider: System.Globalization.CultureInfo.InvariantCulture))
            .Build();
        return Util.IsValidNumber(number);
    }

    /// <summary>
    /// What <c>IsValidNumber</c> answers, on this class's compiled copies of the metadata patterns (libphonenumber
    /// interprets them and allocates): the region is the only one of the code, else the first whose leading digits
    /// match or whose patterns accept the number; then the number must be valid for that region. Null when some
    /// region involved has no patterns (libphonenumber then decides).
    /// </summary>
    private static bool? Decide(ReadOnlySpan<char> nsn, int countryCode)
    {
        var regions = Util.GetRegionCodesForCountryCode(countryCode);
        if (regions.Count == 0)
        {
            return null;
        }

        RegionRules? chosen = null;
        if (regions.Count == 1)
        {
            chosen = RulesFor(regions[0]);
            if (chosen is null)
            {
                return null;
            }
        }
        else
        {
            foreach (var region in regions)
            {
                var rules = RulesFor(region);
                if (rules is null)
                {
                    return null;
                }

                if (rules.HasLeadingDigits)
                {
                    if (rules.MatchesLeadingDigits(nsn))
                    {
                        chosen = rules;
                        break;
                    }
                }
                else if (rules.IsValidNsn(nsn) is not { } valid)
                {
                    return null;
                }
                else if (valid)
                {
                    return true; // Chosen because its patterns accept the number: valid there.
                }
            }
        }

        return chosen is null ? false : chosen.IsValidNsn(nsn);
    }

    private static bool IsPossibleLength(int countryCode, int length) =>
        length < 64 && (LengthMasks.GetOrAdd(countryCode, static cc =>
        {
            var mask = 0UL;
            foreach (var region in Util.GetRegionCodesForCountryCode(cc))
            {
                var md = Util.GetMetadataForRegion(region) ?? Util.GetMetadataForNonGeographicalRegion(cc);
                if (md is null || !md.GeneralDesc.HasNationalNumberPattern || md.GeneralDesc.PossibleLengthCount == 0)
                {
                    return ulong.MaxValue; // No length rule there: let libphonenumber decide.
                }

                mask |= RegionRules.LengthMask(md.GeneralDesc);
            }

            return mask == 0 ? ulong.MaxValue : mask;
        }) & (1UL << length)) != 0;

    private static Regex Compile(string pattern) =>
        Patterns.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.Compiled | RegexOptions.CultureInvariant));

    private static RegionRules? RulesFor(string region) => Rules.GetOrAdd(region, static r =>
    {
        var md = Util.GetMetadataForRegion(r);
        return md is null ? null : new RegionRules(md);
    });

    /// <summary>What Parse would strip from the front of national digits for one region.</summary>
    private sealed class RegionRules
    {
        private readonly Desc? _general;
        private readonly Regex? _leadingDigits;
        private readonly Desc[] _types = [];
        private readonly Regex? _nationalPrefix;
        private readonly Regex? _idd;
        private readonly string? _nationalPrefixLiteral;
        private readonly string? _iddLiteral;

        public RegionRules(PhoneMetadata md)
        {
            CountryCode = md.CountryCode;
            CountryCodeText = md.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            HasLeadingDigits = !string.IsNullOrEmpty(md.LeadingDigits);
            if (HasLeadingDigits)
            {
                // Matched at the start only, like libphonenumber's IsMatchLeadingDigits (lookingAt).
                _leadingDigits = Compile("^(?:" + md.LeadingDigits + ")");
            }

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
            if (md.GeneralDesc.HasNationalNumberPattern)
            {
                _general = Desc.Of(md.GeneralDesc);
                // Any type's match makes the number valid (GetNumberTypeHelper's order only picks the type's name):
                // fixed line and mobile, the common answers, are asked first.
                _types = [.. new[] { md.FixedLine, md.Mobile, md.PremiumRate, md.TollFree, md.SharedCost, md.Voip, md.PersonalNumber, md.Pager, md.Uan, md.Voicemail }
                    .Where(d => d is not null && !string.IsNullOrEmpty(d.NationalNumberPattern))
                    .Select(Desc.Of)];
            }
        }

        /// <summary>
        /// libphonenumber's IsValidNumberForRegion for this region on a national significant number without a
        /// leading zero; null when the region has no number pattern (libphonenumber then decides by length).
        /// </summary>
        public bool? IsValidNsn(ReadOnlySpan<char> nsn)
        {
            if (_general is null)
            {
                return null;
            }

            if (!_general.Matches(nsn))
            {
                return false;
            }

            foreach (var type in _types)
            {
                if (type.Matches(nsn))
                {
                    return true;
                }
            }

            return false;
        }

        public bool MatchesLeadingDigits(ReadOnlySpan<char> nsn) => _leadingDigits is not null && _leadingDigits.IsMatch(nsn);

        /// <summary>A bit per allowed length; all bits when the description lists none (it then has no length rule).</summary>
        public static ulong LengthMask(PhoneNumberDesc desc)
        {
            if (desc.PossibleLengthCount == 0)
            {
                return ulong.MaxValue;
            }

            var mask = 0UL;
            foreach (var length in desc.PossibleLengthList)
            {
                if (length is > 0 and < 64)
                {
                    mask |= 1UL << length;
                }
            }

            return mask;
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

    /// <summary>libphonenumber's IsNumberMatchingDesc: an allowed length, then a full match of the pattern.</summary>
    private sealed class Desc(ulong lengths, Regex pattern)
    {
        public static Desc Of(PhoneNumberDesc d) => new(RegionRules.LengthMask(d), Compile("^(?:" + d.NationalNumberPattern + ")$"));

        public bool Matches(ReadOnlySpan<char> nsn) => nsn.Length < 64 && (lengths & (1UL << nsn.Length)) != 0 && pattern.IsMatch(nsn);
    }
}
