using Ariadne.Core.Entities;
using Ariadne.Extraction.Facts;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Web;

/// <summary>
/// Handles named with their platform: "IG @jade_rose", "insta: jade", "snap: jane.doe__", "Snapchat jade",
/// "kik me jade", "telegram @jade", "OF: jade", "insta 👉 jade" (an emoji points like a colon), "my snap is
/// jade.x" / "mi snap es…" / "mon snap c'est…" (after such a verb the name must look like one: '@', '.', '_' or a
/// digit, so "my insta is private" is no handle), the cue after the name ("@jade on IG"), and one name for several
/// platforms ("insta and snap: @jade" gives both). Short or ambiguous platform words (IG, SC, TG, FB, OF, line,
/// signal) need ':', '@' or an emoji before the name. A bare "@name" with no platform yields nothing, and a
/// spelled digit is no name ("WhatsApp: seven one three…").
/// </summary>
internal static class HandleScanner
{
    private static readonly (string Word, string Platform, bool Strict)[] Keywords =
    [
        ("instagram", "instagram", false), ("insta", "instagram", false), ("ig", "instagram", true),
        ("snapchat", "snapchat", false), ("snap", "snapchat", false), ("sc", "snapchat", true),
        ("telegram", "telegram", false), ("tg", "telegram", true), ("telegrams", "telegram", true), ("telegramme", "telegram", false),
        ("kik", "kik", false), ("onlyfans", "onlyfans", false), ("of", "onlyfans", true),
        ("tiktok", "tiktok", false), ("twitter", "twitter", false), ("facebook", "facebook", false), ("fb", "facebook", true),
        ("wechat", "wechat", false), ("weixin", "wechat", false), ("line", "line", true), ("signal", "signal", true),
        ("whatsapp", "whatsapp", true),
    ];

    /// <summary>The platform words, for the <see cref="Lexicon"/>.</summary>
    internal static readonly string[] PlatformWords = [.. Keywords.Select(k => k.Word)];

    /// <summary>Every platform a handle value may name (<c>instagram</c>, <c>snapchat</c>…), for queries that name none.</summary>
    internal static readonly string[] Platforms = [.. Keywords.Select(k => k.Platform).Distinct(StringComparer.Ordinal)];

    /// <summary>The platform a word names ("ig", "Insta", "snapchat"), or null: the same words the scanner reads.</summary>
    internal static string? PlatformOf(ReadOnlySpan<char> word)
    {
        foreach (var (kw, platform, _) in Keywords)
        {
            if (TextFold.EqualsFolded(word, kw) || word.Equals(platform, StringComparison.OrdinalIgnoreCase))
            {
                return platform;
            }
        }

        return null;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "me", "at", "on", "or", "and", "only", "for", "the", "is", "to", "y", "et", "ou", "o", "e", "please", "pls",
        "dm", "in", "my", "add", "account", "here", "now", "too", "also", "link", "ok", "a", "an", "with", "chat",
        "call", "text", "msg", "message", "us", "it", "id", "name", "user", "username", "inbox", "story", "stories",
        "pics", "pic", "photos", "videos", "available", "pm", "no", "yes", "if", "first", "then", "com", "de", "en", "no",
        "your", "you", "u", "ur", "private", "privado", "privada",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Scan(string text, List<Token> tokens, List<Candidate> sink)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if ((tok.Class & WordClass.Platform) == 0)
            {
                continue;
            }

            var word = text.AsSpan(tok.Start, tok.Length);
            foreach (var (kw, platform, strict) in Keywords)
            {
                if (!TextFold.EqualsFolded(word, kw))
                {
                    continue;
                }

                // "OF" only in capitals: "of" is the most common word there is.
                if (kw == "of" && !word.SequenceEqual("OF"))
                {
                    break;
                }

                if (!TryAfter(text, tokens, t, platform, strict, tokens[t].Start, sink))
                {
                    // "insta and snap: @jade": the name after the last platform of the chain is this one's too.
                    if (!TryChain(text, tokens, t, platform, sink))
                    {
                        TryBefore(text, tokens, t, platform, sink);
                    }
                }

                break;
            }
        }
    }

    // Words joining platform names into a list: "insta and snap", "ig y tiktok", "snap & ig", "insta/snap".
    private static bool IsListJoin(string text, Token token) =>
        token.Kind == TokenKind.Symbol ? text[token.Start] is '&' or '/' or ','
        : TokenText.Is(text, token, "and") || TokenText.Is(text, token, "y") || TokenText.Is(text, token, "e")
          || TokenText.Is(text, token, "et") || TokenText.Is(text, token, "or") || TokenText.Is(text, token, "ou");

    private static bool TryChain(string text, List<Token> tokens, int t, string platform, List<Candidate> sink)
    {
        var k = t + 1;
        if (k + 1 >= tokens.Count || !IsListJoin(text, tokens[k]) || (tokens[k + 1].Class & WordClass.Platform) == 0)
        {
            return false;
        }

        var next = tokens[k + 1];
        foreach (var (kw, _, nextStrict) in Keywords)
        {
            if (TextFold.EqualsFolded(text.AsSpan(next.Start, next.Length), kw))
            {
                // The next platform's own mention is found when the scan reaches it; here only this platform's
                // handle, spanning its word, so the two never overlap.
                var found = new List<Candidate>(1);
                if (!TryAfter(text, tokens, k + 1, platform, nextStrict, next.Start, found) && !TryChain(text, tokens, k + 1, platform, found))
                {
                    return false;
                }

                var e = found[0].Entity;
                sink.Add(new Candidate(e with { Start = tokens[t].Start, End = tokens[t].End }, Candidate.HandlePriority));
                return true;
            }
        }

        return false;
    }

    // "@jade on IG", "@jade en insta", "@jade sur snap": the platform named after an @name.
    private static void TryBefore(string text, List<Token> tokens, int t, string platform, List<Candidate> sink)
    {
        if (t < 3 || !(TokenText.Is(text, tokens[t - 1], "on") || TokenText.Is(text, tokens[t - 1], "en") || TokenText.Is(text, tokens[t - 1], "sur")
            || TokenText.Is(text, tokens[t - 1], "no") || TokenText.Is(text, tokens[t - 1], "na") || TokenText.Is(text, tokens[t - 1], "in")))
        {
            return;
        }

        var end = tokens[t - 1].Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.'))
        {
            start--;
        }

        if (start == 0 || text[start - 1] is not ('@' or '＠') || tokens[t - 1].Start - end > 2 || (start > 1 && char.IsLetterOrDigit(text[start - 2])))
        {
            return;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        var user = text.AsSpan(start, end - start);
        if (IsUserName(user))
        {
            sink.Add(new Candidate(new ExtractedEntity(EntityType.Handle, platform + ":" + user.ToString().ToLowerInvariant(), start - 1, tokens[t].End), Candidate.HandlePriority));
        }
    }

    private static bool IsUserName(ReadOnlySpan<char> user)
    {
        var letters = 0;
        foreach (var c in user)
        {
            letters += char.IsAsciiLetter(c) ? 1 : 0;
        }

        return user.Length is >= 2 and <= 30 && letters > 0 && !StopWordLookup.Contains(user)
            && (Lexicon.Classify(user) & (WordClass.DigitWord | WordClass.NumberStart)) == 0;
    }

    // "is", "es", "é", "est", "c'est": a verb between the platform and the name ("my snap is jade.x").
    private static bool IsLinkingVerb(string text, Token token) =>
        TokenText.Is(text, token, "is") || TokenText.Is(text, token, "es") || TokenText.Is(text, token, "e")
        || TokenText.Is(text, token, "est") || TokenText.Is(text, token, "c'est");

    // An emoji or pictograph token ("👉", "➡️", "📸", "👻").
    private static bool IsPointer(string text, Token token) =>
        token.Kind == TokenKind.Symbol && (char.IsHighSurrogate(text[token.Start]) || text[token.Start] is '\uFE0F' or '\u200D'
            || (text[token.Start] >= '\u2190' && char.GetUnicodeCategory(text[token.Start]) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol));

    private static bool TryAfter(string text, List<Token> tokens, int t, string platform, bool strict, int spanStart, List<Candidate> sink)
    {
        var k = t + 1;
        var marked = false;
        var linked = false;

        // "insta 👉 jade", "telegram ➡️ @jade" (a variation selector after the emoji is no token).
        while (k < tokens.Count && IsPointer(text, tokens[k]) && k - t <= 3)
        {
            marked = true;
            k++;
        }

        // "my snap is jade.x", "meu insta é jade", "mon snap c'est jade".
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Word && IsLinkingVerb(text, tokens[k]))
        {
            linked = true;
            k++;
        }

        if (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is ':' or '-' or '=' && tokens[k].Start - tokens[t].End <= 1)
        {
            marked |= text[tokens[k].Start] == ':';
            k++;
        }

        // "kik me jade", "snap me: jade", "line id: jade".
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Word
            && (TextFold.EqualsFolded(text.AsSpan(tokens[k].Start, tokens[k].Length), "me") || TextFold.EqualsFolded(text.AsSpan(tokens[k].Start, tokens[k].Length), "id")))
        {
            k++;
            if (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == ':')
            {
                marked = true;
                k++;
            }
        }

        if (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '@' or '＠')
        {
            marked = true;
            k++;
        }

        if (k >= tokens.Count || tokens[k].Kind is TokenKind.Symbol or TokenKind.Break || (strict && !marked && !linked))
        {
            return false;
        }

        var start = tokens[k].Start;
        if (start - tokens[k - 1].End > 3)
        {
            return false;
        }

        var end = start;
        var letters = 0;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.'))
        {
            letters += char.IsAsciiLetter(text[end]) ? 1 : 0;
            end++;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        // The name must end at a word boundary ("snap: jadé" is not "jad").
        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        var user = text.AsSpan(start, end - start);
        var atSign = start > 0 && text[start - 1] is '@' or '＠';
        // After a verb, a plain word is an adjective ("my insta is private"), not a name.
        if (letters == 0 || !IsUserName(user) || (linked && !atSign && user.IndexOfAny('.', '_') < 0 && !user.ContainsAnyInRange('0', '9')))
        {
            return false;
        }

        sink.Add(new Candidate(new ExtractedEntity(EntityType.Handle, platform + ":" + user.ToString().ToLowerInvariant(), spanStart, end), Candidate.HandlePriority));
        return true;
    }
}
