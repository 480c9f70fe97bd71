namespace Ariadne.Extraction.Web;

/// <summary>Profile and click-to-chat links of the listed platforms, and where the user name sits in them.</summary>
internal static class ProfileLinks
{
    // Path words that are site pages, not user names.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "reel", "reels", "explore", "stories", "tv", "joinchat", "share", "s", "i", "home", "search", "intent",
        "hashtag", "groups", "pages", "profile.php", "sharer", "login", "signup", "about", "help", "privacy", "terms",
        "watch", "video", "events", "settings", "add", "ti", "send", "messages", "direct", "web", "addstickers",
    };

    /// <summary>
    /// Resolves a link on <paramref name="host"/> (lower case, without www.) whose path starts at
    /// <paramref name="pathStart"/>: the platform, the user (digits for wa.me) and where the user ends.
    /// </summary>
    public static bool TryResolve(string text, string host, int pathStart, int end, out string platform, out string user, out int userEnd)
    {
        platform = host switch
        {
            "instagram.com" or "instagr.am" => "instagram",
            "t.me" or "telegram.me" or "telegram.dog" => "telegram",
            "onlyfans.com" => "onlyfans",
            "tiktok.com" => "tiktok",
            "x.com" or "twitter.com" => "twitter",
            "snapchat.com" => "snapchat",
            "facebook.com" or "fb.com" or "fb.me" => "facebook",
            "kik.me" => "kik",
            "wa.me" => "whatsapp",
            "line.me" => "line",
            _ => string.Empty,
        };
        user = string.Empty;
        userEnd = end;
        if (platform.Length == 0 || pathStart >= end || text[pathStart] != '/')
        {
            return false;
        }

        var p = pathStart + 1;
        if (platform == "snapchat" && Segment(text, p, end).Equals("add", StringComparison.OrdinalIgnoreCase))
        {
            p += 4;
        }
        else if (platform == "line" && text.AsSpan(p, end - p).StartsWith("ti/p/~", StringComparison.OrdinalIgnoreCase))
        {
            p += 6;
        }
        else if (platform == "tiktok")
        {
            if (p >= end || text[p] != '@')
            {
                return false;
            }

            p++;
        }

        var userStart = p;
        var q = p;
        while (q < end && (char.IsAsciiLetterOrDigit(text[q]) || text[q] is '_' or '.' or '-'))
        {
            q++;
        }

        while (q > userStart && text[q - 1] is '.' or '-')
        {
            q--;
        }

        if (q - userStart < 2)
        {
            return false;
        }

        user = text[userStart..q];
        if (Reserved.Contains(user))
        {
            return false;
        }

        if (platform == "whatsapp")
        {
            foreach (var c in user)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }
        }

        userEnd = q;
        return true;
    }

    private static ReadOnlySpan<char> Segment(string text, int start, int end)
    {
        var q = start;
        while (q < end && text[q] != '/')
        {
            q++;
        }

        return text.AsSpan(start, q - start);
    }
}
