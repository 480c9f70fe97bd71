using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Phones;

/// <summary>
/// Finds phone numbers in one linear pass, de-obfuscating as it goes. The text is read as runs of digit groups
/// (digits in any script, keycaps, spelled digits, look-alike letters) joined by short separators or one filler
/// word; a letter word, a newline or symbols such as ':' '$' '@' end a run. Each run is cut into the longest
/// pieces libphonenumber accepts for the document's region. Runs glued to letters (wallets, ids), after
/// id-like words, or shaped like dates are not phones.
/// </summary>
internal sealed class PhoneScanner
{
    private const int MaxGap = 6;
    private const int MaxParsesPerRun = 48;

    // "seven one three and five five five and zero one…": a few filler words per run, not an open-ended chain.
    private const int MaxFillers = 3;

    /// <summary>Words allowed between digit groups (for the <see cref="Lexicon"/>).</summary>
    internal static readonly string[] FillerWords = ["and", "y", "e", "et", "then", "dash", "space"];

    /// <summary>Words after which digits are an identifier (for the <see cref="Lexicon"/>).</summary>
    internal static readonly string[] IdWords =
    [
        "id", "ref", "ad", "no", "zip", "postcode", "code", "order", "invoice", "ticket", "num", "cp", "listing", "post",
    ];

    private readonly List<PhoneUnit> _units = new(32);
    private char[] _digits = new char[64];
    private int _digitCount;
    private bool _plus;
    private int _plusAt;
    private bool _tainted;
    private bool _skip;
    private int _fillers;

    /// <summary>
    /// Scans <paramref name="text"/>; <paramref name="tokens"/> are its tokens (for the lexicon class of each
    /// word, so spelled digits, fillers and id words cost a bit test instead of a lookup).
    /// </summary>
    public void Scan(string text, List<Token> tokens, string region, List<Candidate> sink)
    {
        var cursor = 0;
        ResetRun();
        var span = text.AsSpan();
        var n = span.Length;
        var i = 0;
        var lastBreakerEnd = -10;
        var lastBreakerIsId = false;
        var gap = 0;
        while (i < n)
        {
            var c = span[i];
            // The two commonest characters take a short way that does what the general branches below would:
            // a space is a separator, and an ASCII letter other than a look-alike cannot start a numeric token.
            if (c == ' ')
            {
                if (_units.Count > 0)
                {
                    gap++;
                    if (gap > MaxGap + (_fillers * 8))
                    {
                        EndRun(text, region, sink);
                    }
                }

                i++;
                continue;
            }

            if ((!char.IsAsciiLetter(c) || IsLookAlike(c)) && TryReadNumeric(span, i, out var end))
            {
                // Glued to a preceding letter word ("bc1q…", "ref12345678") or right after an id word: not a phone.
                if (_units.Count == 0)
                {
                    _tainted = lastBreakerEnd == i;
                    _skip = lastBreakerIsId && i - lastBreakerEnd <= 3;
                    _plus = _plus && i - _plusAt <= 2;
                }

                AddUnit(span, i, end);
                gap = 0;
                i = end;
                continue;
            }

            if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < n && (char.IsAsciiLetter(span[j]) || char.IsLetter(span[j]) || (span[j] is '\'' or '’' && j + 1 < n && char.IsLetter(span[j + 1]))))
                {
                    j++;
                }

                var word = span[i..j];
                while (cursor < tokens.Count && tokens[cursor].Start < i)
                {
                    cursor++;
                }

                // The tokenizer's word is the same span unless combining marks follow: then classify here.
                var wordClass = cursor < tokens.Count && tokens[cursor].Start == i && tokens[cursor].End == j
                    ? tokens[cursor].Class
                    : Lexicon.Classify(word);
                if (IsLookAlikeUnit(span, i, j, gap))
                {
                    if (_units.Count == 0)
                    {
                        _tainted = false;
                        _skip = lastBreakerIsId && i - lastBreakerEnd <= 3;
                        _plus = _plus && i - _plusAt <= 2;
                    }

                    AddUnit(span, i, j);
                    gap = 0;
                }
                else if ((wordClass & WordClass.DigitWord) != 0 && NumberWords.Digit(word) is var d and >= 0)
                {
                    if (_units.Count == 0)
                    {
                        _tainted = false;
                        _skip = lastBreakerIsId && i - lastBreakerEnd <= 3;
                        _plus = _plus && i - _plusAt <= 2;
                    }

                    AddSpelled(i, j, d);
                    gap = 0;
                }
                else if (_units.Count > 0 && _fillers < MaxFillers && gap > 0 && !_tainted && (wordClass & WordClass.PhoneFiller) != 0)
                {
                    _fillers++;
                    gap++;
                }
                else
                {
                    if (_units.Count > 0 && gap == 0)
                    {
                        _tainted = true;
                    }

                    EndRun(text, region, sink);
                    lastBreakerEnd = j;
                    lastBreakerIsId = (wordClass & WordClass.IdWord) != 0;
                }

                i = j;
                continue;
            }

            // " -95.3698" (a minus sign: space or comma before, digit after) starts a new number, not a group.
            if (c == '-' && _units.Count > 0 && i > 0 && span[i - 1] is ' ' or ',' && i + 1 < n && char.IsAsciiDigit(span[i + 1]))
            {
                EndRun(text, region, sink);
                i++;
                continue;
            }

            if (IsSeparator(c))
            {
                if (_units.Count > 0)
                {
                    gap++;
                    if (gap > MaxGap + (_fillers * 8))
                    {
                        EndRun(text, region, sink);
                    }
                }

                i++;
                continue;
            }

            if (c == '+')
            {
                EndRun(text, region, sink);
                _plus = true;
                _plusAt = i;
                i++;
                continue;
            }

            // Any other character ends the run: ':' (times), '$' '€' '£' '%' (prices), '@', '#', newlines, emoji.
            EndRun(text, region, sink);
            if (c is '#' or '$' or '€' or '£' or '№')
            {
                lastBreakerEnd = i + 1;
                lastBreakerIsId = true;
            }

            i += char.IsHighSurrogate(c) && i + 1 < n ? 2 : 1;
        }

        EndRun(text, region, sink);
    }

    // A numeric token: digits in any form plus look-alike letters glued to them ("Ol42", "7l3"); it must hold
    // at least one real digit and must not run into other letters ("Olivia", "lol5abc" are words).
    private static bool TryReadNumeric(ReadOnlySpan<char> s, int i, out int end)
    {
        end = i;
        var j = i;
        var real = false;
        while (j < s.Length)
        {
            if (DigitChars.Read(s, j, out var len, out _) >= 0)
            {
                real = true;
                j += len;
            }
            else if (IsLookAlike(s[j]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        if (!real || j == i)
        {
            return false;
        }

        // Trailing look-alikes followed by more letters belong to a word ("5lol"): give them back.
        if (j < s.Length && char.IsLetter(s[j]))
        {
            while (j > i && IsLookAlike(s[j - 1]))
            {
                j--;
            }
        }

        end = j;
        return end > i;
    }

    // A word made only of look-alike letters counts as digits right after '+' ("+l 7l3…") or inside a run.
    private bool IsLookAlikeUnit(ReadOnlySpan<char> s, int start, int end, int gap)
    {
        // Inside a run, a whole group may be look-alikes ("555 OlOO"); elsewhere only one or two letters.
        var inRun = _units.Count > 0 && gap is > 0 and <= 2;
        if (end - start > (inRun ? 4 : 2))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (!IsLookAlike(s[k]))
            {
                return false;
            }
        }

        if (start > 0 && s[start - 1] == '+')
        {
            return true;
        }

        // "l-713-…": the word is followed by one separator and a digit; "I 713" stays the pronoun.
        if (end + 1 < s.Length && IsSeparator(s[end]) && s[end] != ' ' && DigitChars.IsDigitAt(s, end + 1))
        {
            return true;
        }

        if (_units.Count > 0 && end < s.Length && IsSeparator(s[end]) && end + 1 < s.Length && DigitChars.IsDigitAt(s, end + 1))
        {
            return true;
        }

        // The last group of a run ("555-OlOl"): it must end the word and bring the run to a phone's length.
        return inRun && (end == s.Length || !char.IsLetterOrDigit(s[end])) && _digitCount + (end - start) >= 10;
    }

    private static bool IsLookAlike(char c) => c is 'O' or 'o' or 'l' or 'I';

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '-' or '.' or '/' or '_' or '(' or ')' or ',' or '*'
        or '~' or '|' or '·' or '•' or '–' or '—' or '[' or ']' or '\u00A0' or '\u2009' or '\u202F' or '\u200B'
        or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\uFE0F' or '"' or '\''
        // Fullwidth and typographic forms of the same separators ("７０２－５５５").
        or '\uFF0D' or '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFF0E' or '\u3000' or '\uFF08' or '\uFF09';

    private void AddUnit(ReadOnlySpan<char> s, int start, int end)
    {
        var unit = new PhoneUnit { Start = start, DigitStart = _digitCount };
        var j = start;
        while (j < end)
        {
            var d = DigitChars.Read(s, j, out var len, out var plain);
            if (d >= 0)
            {
                Push((char)('0' + d));
                unit.Obfuscated |= !plain;
                j += len;
            }
            else
            {
                Push(s[j] is 'O' or 'o' ? '0' : '1');
                unit.Obfuscated = true;
                j++;
            }
        }

        unit.End = end;
        unit.DigitCount = _digitCount - unit.DigitStart;
        unit.OddGapBefore = _units.Count > 0 && IsOddGap(s[_units[^1].End..start]);
        _units.Add(unit);
    }

    private void AddSpelled(int start, int end, int digit)
    {
        var unit = new PhoneUnit { Start = start, End = end, DigitStart = _digitCount, DigitCount = 1, Obfuscated = true };
        Push((char)('0' + digit));
        _units.Add(unit);
    }

    private void Push(char c)
    {
        if (_digitCount == _digits.Length)
        {
            Array.Resize(ref _digits, _digits.Length * 2);
        }

        _digits[_digitCount++] = c;
    }

    private static bool IsOddGap(ReadOnlySpan<char> gap) => gap switch
    {
        "" or " " or "-" or "." or "/" or "(" or ")" or ") " or " (" or ")-" or " - " or ") - " => false,
        _ => true,
    };

    private void EndRun(string text, string region, List<Candidate> sink)
    {
        if (_units.Count > 0 && _digitCount >= 7 && !_tainted && !_skip && !LooksLikeDate(text))
        {
            Cut(text, region, sink);
        }

        ResetRun();
    }

    private void ResetRun()
    {
        _units.Clear();
        _digitCount = 0;
        _tainted = false;
        _skip = false;
        _fillers = 0;
        _plus = false;
    }

    // 14.08.2026, 2026-08-14, 08/14/2026: three plain groups shaped like a date are never phones.
    // A run that starts like a date ("2026-08-14 21:35") is a date with a time, not a phone.
    private bool LooksLikeDate(string text)
    {
        if (_units.Count < 3)
        {
            return false;
        }

        int a = _units[0].DigitCount, b = _units[1].DigitCount, c = _units[2].DigitCount;
        var shape = (a <= 2 && b <= 2 && c is 2 or 4) || (a == 4 && b <= 2 && c <= 2);
        if (!shape)
        {
            return false;
        }

        var sep1 = text.AsSpan(_units[0].End, _units[1].Start - _units[0].End);
        var sep2 = text.AsSpan(_units[1].End, _units[2].Start - _units[1].End);
        return sep1.SequenceEqual(sep2) && sep1 is "." or "/" or "-";
    }

    // Greedy left to right: from each unit boundary, the longest span of whole units that validates.
    private void Cut(string text, string region, List<Candidate> sink)
    {
        var parses = 0;
        var first = 0;
        var count = _units.Count;
        while (first < count && parses < MaxParsesPerRun)
        {
            var found = false;
            for (var last = count - 1; last >= first && parses < MaxParsesPerRun; last--)
            {
                var digitStart = _units[first].DigitStart;
                var length = _units[last].DigitStart + _units[last].DigitCount - digitStart;
                if (length > 15)
                {
                    continue;
                }

                if (length < 7)
                {
                    break;
                }

                parses++;
                var international = _plus && first == 0;
                var e164 = PhoneValidator.ToE164(_digits.AsSpan(digitStart, length), international, region);
                if (e164 is null)
                {
                    continue;
                }

                Emit(text, first, last, international, e164, sink);
                first = last + 1;
                found = true;
                break;
            }

            if (!found)
            {
                first++;
            }
        }
    }

    private void Emit(string text, int first, int last, bool international, string e164, List<Candidate> sink)
    {
        var obfuscated = _fillers > 0 && first == 0;
        var singles = 0;
        for (var k = first; k <= last; k++)
        {
            var u = _units[k];
            obfuscated |= u.Obfuscated || (k > first && u.OddGapBefore);
            // A lone leading "1" is the NANP country code; other one-digit groups mean digits were spread out.
            if (u.DigitCount == 1 && !(k == first && _digits[u.DigitStart] is '1' or '0'))
            {
                singles++;
            }
        }

        obfuscated |= singles > 0;
        var start = international ? _plusAt : _units[first].Start;
        if (!international && start > 0 && text[start - 1] == '(')
        {
            start--;
        }

        sink.Add(new Candidate(new ExtractedEntity(EntityType.Phone, e164, start, _units[last].End, obfuscated), Candidate.PhonePriority));
    }
}
