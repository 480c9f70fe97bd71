using System.Collections.Frozen;

namespace Ariadne.Extraction.Web;

/// <summary>Character classes and the top-level domains trusted for bare domains and spelled-out emails.</summary>
internal static class DomainNames
{
    // Bare "name.tld" without a scheme is only a URL for these; an unknown suffix ("150.00", "Mr.Smith") is not.
    private static readonly FrozenSet<string> KnownTlds = FrozenSet.ToFrozenSet(
    [
        "com", "net", "org", "edu", "gov", "info", "biz", "io", "co", "me", "tv", "us", "uk", "ca", "au", "fr", "es",
        "pt", "mx", "de", "it", "nl", "be", "ch", "se", "dk", "fi", "ie", "nz", "br", "ar", "cl", "ru", "pl", "cz",
        "xyz", "online", "site", "club", "app", "dev", "ly", "cc", "eu", "asia", "jp", "cn", "kr", "in", "am", "gg",
        "link", "live", "top", "vip", "fans", "chat", "social", "page", "website", "store", "shop", "love", "sexy",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TldLookup = KnownTlds.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsKnownTld(ReadOnlySpan<char> label)
    {
        if (label.Length is < 2 or > 8)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        for (var i = 0; i < label.Length; i++)
        {
            buffer[i] = char.ToLowerInvariant(label[i]);
        }

        return TldLookup.Contains(buffer[..label.Length]);
    }

    public static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    public static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    /// <summary>Reads dot-separated labels from <paramref name="start"/>; returns the end (0 labels → start).</summary>
    public static int ReadHost(ReadOnlySpan<char> s, int start, out int labels, out int lastLabelStart)
    {
        labels = 0;
        lastLabelStart = start;
        var i = start;
        var end = start;
        while (i < s.Length && IsLabelChar(s[i]))
        {
            var labelStart = i;
            while (i < s.Length && IsLabelChar(s[i]))
            {
                i++;
            }

            labels++;
            lastLabelStart = labelStart;
            end = i;
            if (i + 1 < s.Length && s[i] == '.' && IsLabelChar(s[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        return end;
    }

    public static bool IsAlpha(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
