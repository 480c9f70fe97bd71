using Ariadne.Core.Entities;
using Ariadne.Extraction.Phones;

namespace Ariadne.Extraction.Web;

/// <summary>
/// URLs with a scheme, "www." hosts and bare "name.tld/…" domains with a known suffix. A profile link on a listed
/// platform ("t.me/x", "instagram.com/x", "tiktok.com/@x") becomes a handle instead, and "wa.me/NUMBER" a phone.
/// </summary>
internal static class UrlScanner
{
    public static void Scan(string text, List<Candidate> sink)
    {
        var s = text.AsSpan();
        var i = 0;
        var dot = -1;
        while (i < s.Length)
        {
            // Every URL has a '.' that its start reaches through label chars, ':' and '/' (see HasDotAhead). Jump
            // to the next dot (vectorised IndexOf) and back over the run of such chars before it: no position
            // skipped could start a URL, and the position landed on is one the character loop would visit too.
            if (dot < i)
            {
                var ahead = s[i..].IndexOf('.');
                if (ahead < 0)
                {
                    return;
                }

                dot = i + ahead;
                var q = dot - 1;
                while (q >= i && IsRunChar(s[q]))
                {
                    q--;
                }

                if (q >= i)
                {
                    i = q + 1;
                }
            }

            if (!char.IsAsciiLetterOrDigit(s[i]) || (i > 0 && (DomainNames.IsEmailLocalChar(s[i - 1]) || s[i - 1] == '@' || char.IsLetterOrDigit(s[i - 1]))))
            {
                i++;
                continue;
            }

            // Every URL, with or without a scheme, has a '.' in its host: most words have none and skip TryUrl.
            if (!HasDotAhead(s, i))
            {
                i = SkipWord(s, i);
                continue;
            }

            var end = TryUrl(text, i, sink);
            i = end > i ? end : SkipWord(s, i);
        }
    }

    private static bool IsRunChar(char c) => DomainNames.IsLabelChar(c) || c is ':' or '/';

    private static bool HasDotAhead(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (DomainNames.IsLabelChar(s[i]) || s[i] is ':' or '/'))
        {
            i++;
        }

        return i + 1 < s.Length && s[i] == '.' && DomainNames.IsLabelChar(s[i + 1]);
    }

    private static int SkipWord(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && DomainNames.IsLabelChar(s[i]))
        {
            i++;
        }

        return i + 1;
    }

    private static int TryUrl(string text, int start, List<Candidate> sink)
    {
        var s = text.AsSpan();
        var hostStart = start;
        var hasScheme = false;
        if (StartsWith(s, start, "https://"))
        {
            hostStart = start + 8;
            hasScheme = true;
        }
        else if (StartsWith(s, start, "http://"))
        {
            hostStart = start + 7;
            hasScheme = true;
        }

        var hostEnd = DomainNames.ReadHost(s, hostStart, out var labels, out var tldStart);
        if (labels < 2)
        {
            return hasScheme ? hostStart : start;
        }

        var tld = s[tldStart..hostEnd];
        var www = StartsWith(s, hostStart, "www.");
        if (!hasScheme && !(www ? DomainNames.IsAlpha(tld) : DomainNames.IsKnownTld(tld)))
        {
            return start;
        }

        if (hostEnd < s.Length && s[hostEnd] == '@')
        {
            return start;
        }

        // Path, query and fragment run to whitespace; trailing sentence punctuation is not part of the URL.
        var end = hostEnd;
        if (end < s.Length && s[end] is '/' or ':' or '?' or '#')
        {
            while (end < s.Length && !char.IsWhiteSpace(s[end]) && s[end] is not ('"' or '<' or '>' or '\'' or '`'))
            {
                end++;
            }

            while (end > hostEnd && s[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '*')
            {
                end--;
            }
        }

        var host = s[hostStart..hostEnd].ToString().ToLowerInvariant();
        foreach (var prefix in HostPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length + 3)
            {
                host = host[prefix.Length..];
                break;
            }
        }

        if (ProfileLinks.TryResolve(text, host, hostEnd, end, out var platform, out var user, out var userEnd))
        {
            if (platform == "whatsapp")
            {
                var e164 = PhoneValidator.ToE164(user, international: true, PhoneValidator.FallbackRegion);
                if (e164 is not null)
                {
                    sink.Add(new Candidate(new ExtractedEntity(EntityType.Phone, e164, start, userEnd), Candidate.LinkPriority));
                    return end;
                }
            }
            else
            {
                sink.Add(new Candidate(new ExtractedEntity(EntityType.Handle, platform + ":" + user.ToLowerInvariant(), start, userEnd), Candidate.LinkPriority));
                return end;
            }
        }

        var written = text[start..end];
        var value = hasScheme ? written : "http://" + written;
        sink.Add(new Candidate(new ExtractedEntity(EntityType.Url, value, start, end), Candidate.UrlPriority));
        return end;
    }

    private static readonly string[] HostPrefixes = ["www.", "m.", "mobile.", "web."];

    private static bool StartsWith(ReadOnlySpan<char> s, int at, string prefix) =>
        at + prefix.Length <= s.Length && s.Slice(at, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);
}
