using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Web;

/// <summary>
/// Email addresses written plainly ("jane@example.com", "jane @ example.com") or spelled out to dodge filters:
/// "jane at example dot com", "jane [at] example [dot] com", "jane(at)example(dot)com", "jane AT example DOT com",
/// with the words of each language (at/dot, arroba/punto (es), arobase/point (fr), arroba/ponto (pt)), spaces
/// around '@' or '.' ("jane_v @ example . net", "jane@example .com"), a fullwidth '＠' and bracketed "[.]".
/// Spelled or spaced forms need a known top-level domain so "meet at noon dot" is not an address.
/// </summary>
internal static class EmailScanner
{
    public static void Scan(string text, List<Candidate> sink)
    {
        var s = text.AsSpan();
        for (var p = s.IndexOf('@'); p >= 0; p = NextAt(s, p + 1))
        {
            TryPlain(text, p, sink);
        }

        // Spaced, bracketed or fullwidth '@' ("jane @example.com", "jane (@) example (.) com", "jane＠example.com").
        for (var p = s.IndexOfAny('@', '＠'); p >= 0; p = NextAnyAt(s, p + 1))
        {
            TrySpelled(text, p, p + 1, isWord: false, sink);
        }

        // Jump from one 'a'/'A' to the next (vectorised) instead of testing every character: "at", "arroba" and
        // "arobase" all start with one.
        for (var i = s.IndexOfAny('a', 'A'); i >= 0 && i + 1 < s.Length; i = NextA(s, i + 1))
        {
            if (s[i + 1] is not ('t' or 'T' or 'r' or 'R') || (i > 0 && char.IsLetterOrDigit(s[i - 1])))
            {
                continue;
            }

            var j = i + 2;
            while (j < s.Length && char.IsAsciiLetter(s[j]))
            {
                j++;
            }

            if ((j == s.Length || !char.IsLetterOrDigit(s[j])) && IsAtWord(s[i..j]))
            {
                TrySpelled(text, i, j, isWord: true, sink);
            }
        }
    }

    private static bool IsAtWord(ReadOnlySpan<char> w) =>
        TextFold.EqualsFolded(w, "at") || TextFold.EqualsFolded(w, "arroba") || TextFold.EqualsFolded(w, "arobase");

    private static bool IsDotWord(ReadOnlySpan<char> w) =>
        TextFold.EqualsFolded(w, "dot") || TextFold.EqualsFolded(w, "punto") || TextFold.EqualsFolded(w, "point") || TextFold.EqualsFolded(w, "ponto");

    private static int NextAnyAt(ReadOnlySpan<char> s, int from)
    {
        if (from >= s.Length)
        {
            return -1;
        }

        var k = s[from..].IndexOfAny('@', '＠');
        return k < 0 ? -1 : from + k;
    }

    private static int NextA(ReadOnlySpan<char> s, int from)
    {
        var k = s[from..].IndexOfAny('a', 'A');
        return k < 0 ? -1 : from + k;
    }

    private static int NextAt(ReadOnlySpan<char> s, int from)
    {
        if (from >= s.Length)
        {
            return -1;
        }

        var k = s[from..].IndexOf('@');
        return k < 0 ? -1 : from + k;
    }

    private static void TryPlain(string text, int at, List<Candidate> sink)
    {
        var s = text.AsSpan();
        // "[@]" and "(@)" count as spelled-out markers.
        var markerStart = at;
        var markerEnd = at + 1;
        if (at > 0 && at + 1 < s.Length && IsOpen(s[at - 1]) && Closes(s[at - 1], s[at + 1]))
        {
            markerStart = at - 1;
            markerEnd = at + 2;
        }

        var obfuscated = markerEnd - markerStart > 1;
        var le = markerStart;
        var spacedLeft = le > 0 && s[le - 1] == ' ';
        var spacedRight = markerEnd < s.Length && s[markerEnd] == ' ';
        // "IG @jade" is a handle, not the address "ig@jade": spaces must be on both sides or neither.
        if (spacedLeft != spacedRight)
        {
            return;
        }

        if (spacedLeft)
        {
            le--;
            obfuscated = true;
        }

        var ls = le;
        while (ls > 0 && DomainNames.IsEmailLocalChar(s[ls - 1]))
        {
            ls--;
        }

        while (ls < le && s[ls] is '.' or '-' or '+')
        {
            ls++;
        }

        if (ls == le || (ls > 0 && s[ls - 1] is '/' or ':'))
        {
            return;
        }

        var hs = markerEnd;
        if (hs < s.Length && s[hs] == ' ')
        {
            hs++;
            obfuscated = true;
        }

        var he = DomainNames.ReadHost(s, hs, out var labels, out var tldStart);
        if (labels < 2 || !DomainNames.IsAlpha(s[tldStart..he]) || he - tldStart < 2 || (obfuscated && !DomainNames.IsKnownTld(s[tldStart..he])))
        {
            return;
        }

        var value = string.Concat(s[ls..le].ToString().ToLowerInvariant(), "@", s[hs..he].ToString().ToLowerInvariant());
        sink.Add(new Candidate(new ExtractedEntity(EntityType.Email, value, ls, he, obfuscated), Candidate.EmailPriority));
    }

    // [i, j) is an at-marker ("at", "arroba", "arobase", '@', '＠'), maybe inside brackets: "[at]", "(@)", "{at}".
    private static void TrySpelled(string text, int i, int j, bool isWord, List<Candidate> sink)
    {
        var s = text.AsSpan();
        int markerStart = i, markerEnd = j;
        var bracketed = i > 0 && markerEnd < s.Length && IsOpen(s[i - 1]) && Closes(s[i - 1], s[markerEnd]);
        if (bracketed)
        {
            markerStart = i - 1;
            markerEnd = j + 1;
        }
        else if (isWord && (i == 0 || s[i - 1] != ' ' || markerEnd >= s.Length || s[markerEnd] != ' '))
        {
            return;
        }

        var le = markerStart;
        while (le > 0 && s[le - 1] == ' ' && markerStart - le < 2)
        {
            le--;
        }

        var spacedLeft = le < markerStart;
        var ls = le;
        while (ls > 0 && DomainNames.IsEmailLocalChar(s[ls - 1]))
        {
            ls--;
        }

        while (ls < le && s[ls] is '.' or '-' or '+')
        {
            ls++;
        }

        if (ls == le || (ls > 0 && s[ls - 1] is '/' or ':' or '@'))
        {
            return;
        }

        // "mia dot rose at …", "lina point v arobase …": spelled dots inside the local part join the words before.
        var local = new System.Text.StringBuilder(s[ls..le].ToString());
        var firstWord = s[ls..le];
        while (SpelledDotBefore(s, ls) is var (dotStart, wordStart) && wordStart >= 0)
        {
            local.Insert(0, s[wordStart..dotStart].ToString() + ".");
            ls = wordStart;
        }

        var p = SkipSpaces(s, markerEnd, 2);
        var spacedRight = p > markerEnd;
        var labelsStart = p;
        var host = new System.Text.StringBuilder();
        var labelCount = 0;
        var lastLabel = ReadOnlySpan<char>.Empty;
        var end = p;
        var oddDot = false;
        while (true)
        {
            var labelEnd = p;
            while (labelEnd < s.Length && DomainNames.IsLabelChar(s[labelEnd]))
            {
                labelEnd++;
            }

            if (labelEnd == p)
            {
                break;
            }

            if (labelCount > 0)
            {
                host.Append('.');
            }

            host.Append(s[p..labelEnd]);
            lastLabel = s[p..labelEnd];
            labelCount++;
            end = labelEnd;
            var next = ReadDot(s, labelEnd);
            if (next < 0)
            {
                break;
            }

            oddDot |= next != labelEnd + 1 || s[labelEnd] != '.';
            p = next;
        }

        // A plain "jane@example.com" (or "jane @ example.com") is TryPlain's; here only what it cannot read.
        var plainAt = !isWord && !bracketed && s[i] == '@' && spacedLeft == spacedRight;
        if (plainAt && !oddDot)
        {
            return;
        }

        // "me at wa.me/…" is a link; "me at …", "us at …" introduce a contact, they are not the local part.
        var hostText = host.ToString();
        if (labelCount < 2 || labelsStart == end || !DomainNames.IsKnownTld(lastLabel) || !DomainNames.IsAlpha(lastLabel)
            || (end < s.Length && s[end] == '/') || IsPronoun(s[ls..le]) || !IsMailHost(hostText))
        {
            return;
        }

        // "IG @jade.vip": an '@' spaced on one side only follows a cue word unless the name looks like a mailbox.
        if (!isWord && !bracketed && spacedLeft != spacedRight && !LooksLikeMailbox(firstWord, lastLabel))
        {
            return;
        }

        var value = string.Concat(local.ToString().ToLowerInvariant(), "@", hostText.ToLowerInvariant());
        sink.Add(new Candidate(new ExtractedEntity(EntityType.Email, value, ls, end, Obfuscated: true), Candidate.EmailPriority));
    }

    // A mailbox name has a '.', '_', '-' or a digit in it, or is a name before a common mail domain; a platform
    // word before '@' ("insta @jade.com") is a cue.
    private static bool LooksLikeMailbox(ReadOnlySpan<char> local, ReadOnlySpan<char> tld)
    {
        if ((Lexicon.Classify(local) & WordClass.Platform) != 0)
        {
            return false;
        }

        return local.IndexOfAny("._-") >= 0 || local.ContainsAnyInRange('0', '9')
            || (local.Length >= 3 && (tld.Equals("com", StringComparison.OrdinalIgnoreCase) || tld.Equals("net", StringComparison.OrdinalIgnoreCase) || tld.Equals("org", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Whether a spelled dot (" dot ", " [dot] ", " (dot) ") ends right before <paramref name="at"/> with a word of
    /// local-part characters before it; returns where that word ends and starts, or (-1, -1).
    /// </summary>
    private static (int WordEnd, int WordStart) SpelledDotBefore(ReadOnlySpan<char> s, int at)
    {
        var p = at;
        if (p == 0 || s[p - 1] != ' ')
        {
            return (-1, -1);
        }

        p--;
        var bracket = p > 0 && s[p - 1] is ']' or ')' or '}' or '>';
        var w = bracket ? p - 1 : p;
        var ws = w;
        while (ws > 0 && char.IsAsciiLetter(s[ws - 1]))
        {
            ws--;
        }

        if (ws == w || !IsDotWord(s[ws..w]))
        {
            return (-1, -1);
        }

        var before = ws;
        if (bracket)
        {
            if (before < 1 || !Closes(s[before - 1], s[p - 1]))
            {
                return (-1, -1);
            }

            before--;
        }

        if (before < 2 || s[before - 1] != ' ')
        {
            return (-1, -1);
        }

        var wordEnd = before - 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && DomainNames.IsEmailLocalChar(s[wordStart - 1]))
        {
            wordStart--;
        }

        // The joined word must be a plain name part, and not a pronoun or filler ("email me dot …" is not a name).
        if (wordStart == wordEnd || s[wordStart] is '.' or '-' or '+' || IsPronoun(s[wordStart..wordEnd]))
        {
            return (-1, -1);
        }

        return (wordEnd, wordStart);
    }

    // A dot between labels: ".", " dot ", "[dot]", "(dot)", " DOT ", " punto ", " point ", " ponto ", "[.]", "(.)",
    // " . " (a spaced '.' only before a known top-level domain: "example . net", not "example. Next sentence");
    // returns where the next label starts or -1.
    private static int ReadDot(ReadOnlySpan<char> s, int at)
    {
        if (at + 1 < s.Length && s[at] == '.' && DomainNames.IsLabelChar(s[at + 1]))
        {
            return at + 1;
        }

        var p = SkipSpaces(s, at, 2);
        var bracket = p < s.Length && IsOpen(s[p]);
        var w = bracket ? p + 1 : p;
        int after;
        var spacedDot = false;
        if (w < s.Length && s[w] == '.')
        {
            after = w + 1;
            spacedDot = !bracket;
        }
        else
        {
            after = w;
            while (after < s.Length && char.IsAsciiLetter(s[after]))
            {
                after++;
            }

            if (after == w || !IsDotWord(s[w..after]))
            {
                return -1;
            }
        }

        if (bracket)
        {
            if (after >= s.Length || !Closes(s[p], s[after]))
            {
                return -1;
            }

            after++;
        }
        else if (!spacedDot && (p == at || after >= s.Length || s[after] != ' '))
        {
            return -1;
        }

        var next = SkipSpaces(s, after, 2);
        if (next >= s.Length || !DomainNames.IsLabelChar(s[next]))
        {
            return -1;
        }

        if (spacedDot)
        {
            var labelEnd = next;
            while (labelEnd < s.Length && DomainNames.IsLabelChar(s[labelEnd]))
            {
                labelEnd++;
            }

            // "example . co . uk" goes on with another spaced dot; "example . com." ends a sentence.
            if (!DomainNames.IsKnownTld(s[next..labelEnd]) || (labelEnd + 1 < s.Length && s[labelEnd] == '.' && DomainNames.IsLabelChar(s[labelEnd + 1])))
            {
                return -1;
            }
        }

        return next;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int at, int max)
    {
        var p = at;
        while (p < s.Length && s[p] == ' ' && p - at < max)
        {
            p++;
        }

        return p;
    }

    // "pics at www.example.net" is a site, and "price at 200 dot com" has no name before its top-level domain.
    private static bool IsMailHost(string host)
    {
        var dot = host.LastIndexOf('.');
        return dot > 0 && !host.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && (host.AsSpan(0, dot).ContainsAnyInRange('a', 'z') || host.AsSpan(0, dot).ContainsAnyInRange('A', 'Z'));
    }

    // A pronoun, or the spelled separator "dot" standing alone ("… dot at example dot com"): never a mailbox name.
    private static bool IsPronoun(ReadOnlySpan<char> local) =>
        TextFold.EqualsFolded(local, "me") || TextFold.EqualsFolded(local, "us") || TextFold.EqualsFolded(local, "her")
        || TextFold.EqualsFolded(local, "him") || TextFold.EqualsFolded(local, "them") || TextFold.EqualsFolded(local, "dot");

    private static bool IsOpen(char c) => c is '[' or '(' or '{' or '<';

    private static bool Closes(char open, char close) => (open, close) is ('[', ']') or ('(', ')') or ('{', '}') or ('<', '>');
}
