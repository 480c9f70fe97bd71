using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Web;

/// <summary>
/// Handles named with their platform: "IG @jade_rose", "insta: jade", "snap: jane.doe__", "Snapchat jade",
/// "kik me jade", "telegram @jade", "OF: jade". Short or ambiguous platform words (IG, SC, TG, FB, OF, line,
/// signal) need ':' or '@' before the name. A bare "@name" with no platform yields nothing.
/// </summary>
internal static class HandleScanner
{
    private static readonly (string Word, string Platform, bool Strict)[] Keywords =
    [
        ("instagram", "instagram", false), ("insta", "instagram", false), ("ig", "instagram", true),
        ("snapchat", "snapchat", false), ("snap", "snapchat", false), ("sc", "snapchat", true),
        ("telegram", "telegram", false), ("tg", "telegram", true), ("telegrams", "telegram", true),
        ("kik", "kik", false), ("onlyfans", "onlyfans", false), ("of", "onlyfans", true),
        ("tiktok", "tiktok", false), ("twitter", "twitter", false), ("facebook", "facebook", false), ("fb", "facebook", true),
        ("wechat", "wechat", false), ("weixin", "wechat", false), ("line", "line", true), ("signal", "signal", true),
        ("whatsapp", "whatsapp", true),
    ];

    /// <summary>The platform words, for the <see cref="Lexicon"/>.</summary>
    internal static readonly string[] PlatformWords = [.. Keywords.Select(k => k.Word)];

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "me", "at", "on", "or", "and", "only", "for", "the", "is", "to", "y", "et", "ou", "o", "e", "please", "pls",
        "dm", "in", "my", "add", "account", "here", "now", "too", "also", "link", "ok", "a", "an", "with", "chat",
        "call", "text", "msg", "message", "us", "it", "id", "name", "user", "username", "inbox", "story", "stories",
        "pics", "pic", "photos", "videos", "available", "pm", "no", "yes", "if", "first", "then", "com", "de", "en", "no",
    };

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

                TryAfter(text, tokens, t, platform, strict, sink);
                break;
            }
        }
    }

    private static void TryAfter(string text, List<Token> tokens, int t, string platform, bool strict, List<Candidate> sink)
    {
        var k = t + 1;
        var marked = false;
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

        if (k >= tokens.Count || tokens[k].Kind is TokenKind.Symbol or TokenKind.Break || (strict && !marked))
        {
            return;
        }

        var start = tokens[k].Start;
        if (start - tokens[k - 1].End > 2)
        {
            return;
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
            return;
        }

        var user = text[start..end];
        if (user.Length is < 2 or > 30 || letters == 0 || StopWords.Contains(user))
        {
            return;
        }

        sink.Add(new Candidate(new ExtractedEntity(EntityType.Handle, platform + ":" + user.ToLowerInvariant(), tokens[t].Start, end), Candidate.HandlePriority));
    }
}
