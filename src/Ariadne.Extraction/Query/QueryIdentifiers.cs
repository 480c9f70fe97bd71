using Ariadne.Core.Entities;
using Ariadne.Extraction.Crypto;
using Ariadne.Extraction.Phones;
using Ariadne.Extraction.Web;
using PhoneNumbers;

namespace Ariadne.Extraction.Query;

/// <summary>
/// Reads identifiers typed into a search (a word, a run of words, a filter value) into the values extraction stores
/// for them, with extraction's own normalisers: libphonenumber for phones (E.164), lower case for e-mails,
/// <c>platform:user</c> in lower case for handles (platform words as the handle scanner reads them), the checksum
/// classifier for wallets. Never throws: text that is no identifier gives null.
/// </summary>
public static class QueryIdentifiers
{
    /// <summary>
    /// Regions tried, in order, for a phone typed without a country code: North American first (the corpus's and
    /// the demo's default, as for documents without a country), then the UK (07700 900123), then the large
    /// European markets of the synthetic corpus. A number valid in none stays text.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultPhoneRegions = ["US", "GB", "FR", "ES", "DE", "IT"];

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>A word or run of words written as one identifier in full (phone, e-mail, handle with '@' or a platform, wallet), or null.</summary>
    public static QueryIdentifier? ReadText(string text)
    {
        // A bare 7- or 8-digit run ("555-0171") is a local number valid in some region or other; reading it as one
        // would swap the text the analyst typed for another country's number. Nine digits start every national
        // number of the default regions.
        ArgumentNullException.ThrowIfNull(text);
        var t = Trim(text);
        if (t.Length is 0 or > 120)
        {
            return null;
        }

        if (IsPhoneLike(t))
        {
            return t.Count(char.IsAsciiDigit) >= 9 || t.TrimStart('(').StartsWith('+') ? Phone(t) : null;
        }

        if (t.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        if (t.StartsWith('@') || t.Contains(':', StringComparison.Ordinal))
        {
            return Handle(t, requirePlatformOrAt: true) ?? Wallet(t);
        }

        return t.Contains('@', StringComparison.Ordinal) ? Email(t) : Wallet(t);
    }

    /// <summary>A filter value of the given type in any format and case, or null when it is none.</summary>
    public static QueryIdentifier? ReadValue(EntityType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var t = Trim(value);
        if (t.Length is 0 or > 120)
        {
            return null;
        }

        return type switch
        {
            EntityType.Phone => IsPhoneLike(t) ? Phone(t) : null,
            EntityType.Email => Email(t),
            EntityType.Handle => Handle(t, requirePlatformOrAt: false),
            EntityType.Crypto => Wallet(t),
            _ => null,
        };
    }

    /// <summary>The one stored value of a filter or URL value (E.164 phone, lower-case e-mail…), or null when it is none or names several (a handle without its platform).</summary>
    public static string? Canonical(EntityType type, string value) =>
        ReadValue(type, value) is { Values: [var only] } ? only : null;

    private static QueryIdentifier? Phone(string text)
    {
        Span<char> digits = stackalloc char[20];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return null;
                }

                digits[n++] = c;
            }
        }

        var international = text.TrimStart('(').StartsWith('+');
        var number = digits[..n];
        if (!international && number.StartsWith("00"))
        {
            // "0044 7700 900123": the international prefix most of the world dials.
            number = number[2..];
            international = true;
        }

        string? e164 = null;
        if (international)
        {
            e164 = PhoneValidator.ToE164(number, international: true, "ZZ");
        }
        else
        {
            foreach (var region in DefaultPhoneRegions)
            {
                if ((e164 = PhoneValidator.ToE164(number, international: false, region)) is not null)
                {
                    break;
                }
            }
        }

        return e164 is null ? null : new QueryIdentifier(EntityType.Phone, [e164], PhoneForms(e164, text));
    }

    // How a number is written in ads, as FTS/tsquery phrases: national and international groupings ("713 555 0171",
    // "07700 900123"), and unbroken ("7135550171", "17135550171", "07700900123"). The same forms come out of every
    // way of typing the number, so they give the same matches.
    // The text as typed stays one of them, so reading a number never loses what a plain phrase search found.
    private static List<string> PhoneForms(string e164, string typed)
    {
        var forms = new List<string> { e164[1..] };
        try
        {
            var number = Util.Parse(e164, "ZZ");
            var national = Util.Format(number, PhoneNumberFormat.NATIONAL);
            forms.Add(national);
            forms.Add(new string([.. national.Where(char.IsAsciiDigit)]));
            forms.Add(Util.GetNationalSignificantNumber(number));
            forms.Add(Util.Format(number, PhoneNumberFormat.INTERNATIONAL));
        }
        catch (NumberParseException)
        {
            // Validated above; nothing more to add if the library disagrees with itself.
        }

        forms.Add(typed);
        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    private static QueryIdentifier? Email(string text)
    {
        var sink = new List<Candidate>(2);
        EmailScanner.Scan(text, sink);
        return sink is [{ Entity: { Type: EntityType.Email, Start: 0 } e }] && e.End == text.Length
            ? new QueryIdentifier(EntityType.Email, [e.Value], [e.Value])
            : null;
    }

    // "instagram:jade", "ig:@jade", "IG:Jade", "@jade" (every platform), and for a handle filter also "jade".
    private static QueryIdentifier? Handle(string text, bool requirePlatformOrAt)
    {
        string? platform = null;
        var user = text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            platform = HandleScanner.PlatformOf(text.AsSpan(0, colon));
            if (platform is null)
            {
                return null;
            }

            user = text[(colon + 1)..];
        }
        else if (requirePlatformOrAt && !text.StartsWith('@'))
        {
            return null;
        }

        user = user.TrimStart('@').ToLowerInvariant();
        if (user.Length is 0 or > 64 || !user.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            return null;
        }

        string[] values = platform is null ? [.. HandleScanner.Platforms.Select(p => p + ":" + user)] : [platform + ":" + user];
        return new QueryIdentifier(EntityType.Handle, values, [user]);
    }

    private static QueryIdentifier? Wallet(string text)
    {
        if (text.Length < 14)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var address = colon >= 0 ? text[(colon + 1)..] : text;
        return CryptoScanner.Classify(address) is { } value
            ? new QueryIdentifier(EntityType.Crypto, [value], [value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..]])
            : null;
    }

    private static bool IsPhoneLike(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('+' or '-' or '.' or '/' or '(' or ')' or ' '))
            {
                return false;
            }
        }

        return digits >= 7;
    }

    // Punctuation around a value as people paste it ("<jade@example.com>", "jade@example.com,").
    private static string Trim(string text) => text.Trim().Trim('<', '>', ',', ';', '"', '\'').Trim();
}
