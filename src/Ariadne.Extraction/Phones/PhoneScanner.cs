using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Phones;

/// <summary>
/// Finds phone numbers in one linear pass, de-obfuscating as it goes. The text is read as runs of digit groups
/// (digits in any script, keycaps, spelled digits and spelled pairs such as "douze" or "cincuenta y cinco", group
/// words such as "triple five", glued spelled digits such as "fivefivefive", look-alike letters) joined by short
/// separators, line breaks, emoji, or a few filler words ("415 text 555 only 0163"); other letter words and
/// symbols such as ':' '$' '@' end a run. Each run is cut into the longest pieces libphonenumber accepts for the
/// document's region (a North American 3-3-4 number is read as such when the region has no reading of it). Runs
/// glued to letters (wallets, ids), after id-like words, or shaped like dates are not phones.
/// </summary>
internal sealed class PhoneScanner
{
    private const int MaxGap = 6;
    private const int MaxParsesPerRun = 48;

    // "seven one three and five five five and zero one…": a few filler words per run, not an open-ended chain.
    private const int MaxFillers = 3;

    // "415 text 555 only 0163": any other short word between two groups, at most twice per run, so that prose
    // with numbers in it ("2 hrs 300, 3 hrs 400") does not become one long run.
    private const int MaxFreeFillers = 2;
    private const int MaxFreeFillerLength = 8;

    /// <summary>Words allowed between digit groups (for the <see cref="Lexicon"/>).</summary>
    internal static readonly string[] FillerWords = ["and", "y", "e", "et", "then", "dash", "space"];

    /// <summary>Words that repeat the next digit (for the <see cref="Lexicon"/>); "triple"/"triplo" thrice, the rest twice.</summary>
    internal static readonly string[] GroupWords = ["double", "triple", "doble", "duplo", "dupla", "triplo"];

    /// <summary>Words after which digits are an identifier (for the <see cref="Lexicon"/>).</summary>
    internal static readonly string[] IdWords =
    [
        "id", "ref", "ad", "no", "zip", "postcode", "code", "order", "invoice", "ticket", "num", "cp", "listing", "post",
        "reference", "referencia", "cep", "serial", "tracking", "iban",
    ];

    private readonly List<PhoneUnit> _units = new(32);
    private char[] _digits = new char[64];
    private int _digitCount;
    private bool _plus;
    private int _plusAt;
    private bool _tainted;
    private bool _skip;
    private int _fillers;
    private int _freeFillers;

    // How many groups the run had when its first free filler came: a run spoilt after it ("469-555-0138. Rate 300
    // CAD 1hr") keeps its groups before it.
    private int _unitsBeforeFree;
    private readonly char[] _glued = new char[16];

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
        var afterArea = false;
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
                    if (gap > MaxGap + (_fillers * 8) + (_freeFillers * (MaxFreeFillerLength + 1)))
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
                    // "new # (512)555-0121": an opening parenthesis starts an area code, not an identifier.
                    _skip = lastBreakerIsId && i - lastBreakerEnd <= 3 && !(i > 0 && span[i - 1] == '(');
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
                else if ((wordClass & WordClass.NumberStart) != 0 && SpelledPair(span, i, out var pairEnd) is var pair and >= 0)
                {
                    // "douze", "trente-quatre", "cincuenta y cinco", "vinte e um": two digits at once.
                    StartRunAt(i, lastBreakerEnd, lastBreakerIsId);
                    AddSpelledDigits(i, pairEnd, (char)('0' + (pair / 10)), (char)('0' + (pair % 10)), 2);
                    gap = 0;
                    j = pairEnd;
                }
                else if ((wordClass & WordClass.DigitWord) != 0 && NumberWords.Digit(word) is var d and >= 0)
                {
                    StartRunAt(i, lastBreakerEnd, lastBreakerIsId);
                    AddSpelled(i, j, d);
                    gap = 0;
                }
                else if ((wordClass & WordClass.GroupWord) != 0 && RepeatedDigit(span, j, out var repeatEnd) is var rd and >= 0)
                {
                    // "triple five", "double oh", "doble cinco", "triple 5".
                    var times = TextFold.EqualsFolded(word, "triple") || TextFold.EqualsFolded(word, "triplo") ? 3 : 2;
                    StartRunAt(i, lastBreakerEnd, lastBreakerIsId);
                    var c0 = (char)('0' + rd);
                    AddSpelledDigits(i, repeatEnd, c0, c0, times);
                    gap = 0;
                    j = repeatEnd;
                }
                else if (wordClass == WordClass.None && NumberWords.SplitGlued(word, _glued) is var glued and > 0)
                {
                    // "fourfivesix", "214-fivefivefive-0193".
                    StartRunAt(i, lastBreakerEnd, lastBreakerIsId);
                    AddSpelledRun(i, j, glued);
                    gap = 0;
                }
                else if (_units.Count > 0 && _fillers < MaxFillers && gap > 0 && !_tainted && (wordClass & WordClass.PhoneFiller) != 0)
                {
                    _fillers++;
                    gap++;
                }
                else if (_units.Count > 0 && _freeFillers < MaxFreeFillers && gap > 0 && !_tainted && !_skip && j - i <= MaxFreeFillerLength
                    && (wordClass & WordClass.IdWord) == 0 && (j == n || !char.IsDigit(span[j])) && IsFreeFiller(span, _units[^1].End, i, j, wordClass))
                {
                    if (_freeFillers == 0)
                    {
                        _unitsBeforeFree = _units.Count;
                    }

                    _freeFillers++;
                    gap++;
                }
                else
                {
                    if (_units.Count > 0 && gap == 0)
                    {
                        _tainted = true;
                    }

                    EndRun(text, region, sink);
                    // "area code 602": the code that follows is the number's, not an identifier's.
                    lastBreakerIsId = (wordClass & WordClass.IdWord) != 0 && !(afterArea && TextFold.EqualsFolded(word, "code"));
                    lastBreakerEnd = j;
                }

                afterArea = TextFold.EqualsFolded(word, "area");

                i = j;
                continue;
            }

            // A line break or an emoji between groups is a separator ("312-555⏎0187", "818 ⭐ 555 ⭐ 0162"); an odd one,
            // so the number is flagged. Before any group it is nothing.
            if (c is '\n' or '\r' || IsDecoration(span, i))
            {
                // An identifier or a price ends at its line ("£160⏎07911 123458", "200$⏎cinq un quatre…").
                if (c is '\n' or '\r')
                {
                    if (_units.Count > 0 && (_skip || _tainted))
                    {
                        EndRun(text, region, sink);
                    }

                    lastBreakerIsId = false;
                }

                if (_units.Count > 0)
                {
                    gap++;
                    if (gap > MaxGap + (_fillers * 8) + (_freeFillers * (MaxFreeFillerLength + 1)))
                    {
                        EndRun(text, region, sink);
                    }
                }

                i += char.IsHighSurrogate(c) && i + 1 < n ? 2 : 1;
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
                // "1,234,567 views": a comma between a short plain group and exactly three digits groups thousands;
                // the run is a count, not a phone.
                if (c == ',' && gap == 0 && _units.Count > 0 && IsThousands(span, i))
                {
                    // What came before the count ("…-0136, 1,234 reviews") is judged on its own.
                    if (_units.Count > 1)
                    {
                        var count = _units[^1];
                        _digitCount = count.DigitStart;
                        _units.RemoveAt(_units.Count - 1);
                        EndRun(text, region, sink);
                        AddUnit(span, count.Start, count.End);
                    }

                    _skip = true;
                }

                if (_units.Count > 0)
                {
                    gap++;
                    if (gap > MaxGap + (_fillers * 8) + (_freeFillers * (MaxFreeFillerLength + 1)))
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
            // A capital S reads as 5 only in a whole group inside a run ("713-SSS-0101"): "S" alone is a word.
            if (!IsLookAlike(s[k]) && !(s[k] == 'S' && inRun && end - start >= 2))
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

        // A whole look-alike group between groups ("214 SSS OI88", "713-SSS-OIOI"): more groups follow.
        if (inRun && end + 1 < s.Length && IsSeparator(s[end]) && (DigitChars.IsDigitAt(s, end + 1) || IsLookAlikeGroupAt(s, end + 1)))
        {
            return true;
        }

        // The last group of a run ("555-OlOl"): it must end the word and bring the run to a phone's length.
        return inRun && (end == s.Length || !char.IsLetterOrDigit(s[end])) && _digitCount + (end - start) >= 10;
    }

    // A word at i of two or more look-alike letters, digits or capital S ("OIOI", "OI88", "OISS").
    private static bool IsLookAlikeGroupAt(ReadOnlySpan<char> s, int i)
    {
        var j = i;
        while (j < s.Length && (IsLookAlike(s[j]) || s[j] == 'S' || char.IsAsciiDigit(s[j])))
        {
            j++;
        }

        return j - i >= 2 && (j == s.Length || !char.IsLetterOrDigit(s[j]));
    }

    private static bool IsLookAlike(char c) => c is 'O' or 'o' or 'l' or 'I';

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '-' or '.' or '/' or '_' or '(' or ')' or ',' or '*'
        or '~' or '|' or '·' or '•' or '–' or '—' or '[' or ']' or '\u00A0' or '\u2009' or '\u202F' or '\u200B'
        or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\uFE0F' or '"' or '\''
        // Fullwidth and typographic forms of the same separators ("７０２－５５５").
        or '\uFF0D' or '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFF0E' or '\u3000' or '\uFF08' or '\uFF09';

    // A word between two groups that is no number word, with more on its line: lower case or a short shout ("415 TEXT 555"), not
    // capitalised (a name or a place: "Lina, 25, Brisbane"), not a currency code ("350 AUD"), and not after a stop
    // (",", ".", ";" or a line break end a phrase: "…-0138. Rate 300").
    private static bool IsFreeFiller(ReadOnlySpan<char> s, int gapStart, int start, int end, WordClass wordClass)
    {
        if (s[gapStart..start].IndexOfAny(",.;\n\r") >= 0 || (wordClass & WordClass.Currency) != 0)
        {
            return false;
        }

        // A word of look-alike letters only ("l", "OI", "SS") that was not read as digits here is not skipped as
        // filler either: dropping it would give a number whose span a reader takes for different digits (a property
        // run found "1713555l and at l((491" read as +17135551491 with the second "l" silently skipped).
        if (!s[start..end].ContainsAnyExcept("OolIS"))
        {
            return false;
        }

        // More of the number follows on the same line ("(24) CDMX⏎cinco…" is a new line, not a filler).
        var next = end;
        while (next < s.Length && IsSeparator(s[next]) && next - end < MaxGap)
        {
            next++;
        }

        if (next == s.Length || !char.IsLetterOrDigit(s[next]))
        {
            return false;
        }

        var lower = 0;
        foreach (var c in s[start..end])
        {
            lower += char.IsLower(c) ? 1 : 0;
        }

        return lower == end - start || (lower == 0 && end - start <= 5);
    }

    // A ',' at i between ASCII digits: one to three before it (the start of a number) and exactly three after it.
    private static bool IsThousands(ReadOnlySpan<char> s, int i)
    {
        var before = 0;
        while (i - before - 1 >= 0 && char.IsAsciiDigit(s[i - before - 1]))
        {
            before++;
        }

        if (before is < 1 or > 3 || (i - before - 1 >= 0 && char.IsLetterOrDigit(s[i - before - 1]) && s[i - before - 1] != ','))
        {
            return false;
        }

        return i + 3 < s.Length && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3])
            && (i + 4 == s.Length || !char.IsDigit(s[i + 4]));
    }

    // The run state for a group that may start a run: a fresh run forgets the taint and decides whether an id word
    // or a '+' just before it applies.
    private void StartRunAt(int i, int lastBreakerEnd, bool lastBreakerIsId)
    {
        if (_units.Count == 0)
        {
            _tainted = false;
            _skip = lastBreakerIsId && i - lastBreakerEnd <= 3;
            _plus = _plus && i - _plusAt <= 2;
        }
    }

    // A spelled number 10..99 starting at i ("douze", "trente-quatre", "cincuenta y cinco", "quatre-vingt-dix-neuf"):
    // up to four words joined by one space or hyphen, longest first. Returns the value and where it ends, or -1.
    private static int SpelledPair(ReadOnlySpan<char> s, int i, out int end)
    {
        end = i;
        Span<int> ends = stackalloc int[NumberWords.MaxWords];
        var words = 0;
        var j = i;
        while (words < NumberWords.MaxWords)
        {
            var k = j;
            while (k < s.Length && char.IsLetter(s[k]))
            {
                k++;
            }

            if (k == j)
            {
                break;
            }

            ends[words++] = k;
            if (k + 1 >= s.Length || s[k] is not (' ' or '-') || !char.IsLetter(s[k + 1]))
            {
                break;
            }

            j = k + 1;
        }

        Span<char> buffer = stackalloc char[48];
        for (var w = words - 1; w >= 0; w--)
        {
            var n = NumberWords.Normalise(s[i..ends[w]], buffer);
            if (n > 0 && NumberWords.Number(buffer[..n]) is var v and >= 10)
            {
                end = ends[w];
                return v;
            }
        }

        return -1;
    }

    // After a group word ("triple", "double", "doble", "duplo"): the digit it repeats, spelled or one ASCII digit
    // alone, after at most two spaces. Returns the digit and where it ends, or -1.
    private static int RepeatedDigit(ReadOnlySpan<char> s, int from, out int end)
    {
        end = from;
        var p = from;
        while (p < s.Length && s[p] == ' ' && p - from < 2)
        {
            p++;
        }

        if (p == from || p >= s.Length)
        {
            return -1;
        }

        if (char.IsAsciiDigit(s[p]))
        {
            if (p + 1 < s.Length && char.IsAsciiDigit(s[p + 1]))
            {
                return -1;
            }

            end = p + 1;
            return s[p] - '0';
        }

        var k = p;
        while (k < s.Length && char.IsLetter(s[k]))
        {
            k++;
        }

        var d = k > p ? NumberWords.Digit(s[p..k]) : -1;
        if (d >= 0)
        {
            end = k;
        }

        return d;
    }

    // An emoji or pictograph (a surrogate pair, or a BMP symbol such as ♥ ⭐ ✨ ☎) used as a separator.
    private static bool IsDecoration(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        }

        return c >= '\u2190' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol;
    }

    private void AddSpelledDigits(int start, int end, char digit, char next, int count)
    {
        var unit = new PhoneUnit { Start = start, End = end, DigitStart = _digitCount, DigitCount = count, Obfuscated = true };
        Push(digit);
        for (var k = 1; k < count; k++)
        {
            Push(next);
        }

        _units.Add(unit);
    }

    private void AddSpelledRun(int start, int end, int count)
    {
        var unit = new PhoneUnit { Start = start, End = end, DigitStart = _digitCount, DigitCount = count, Obfuscated = true };
        for (var k = 0; k < count; k++)
        {
            Push(_glued[k]);
        }

        _units.Add(unit);
    }

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
                Push(s[j] switch { 'O' or 'o' => '0', 'S' => '5', _ => '1' });
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
        if (_tainted && _freeFillers > 0 && _unitsBeforeFree > 0 && !_skip)
        {
            // Only the part after the free filler ran into letters: drop it, keep what came before.
            _digitCount = _units[_unitsBeforeFree].DigitStart;
            _units.RemoveRange(_unitsBeforeFree, _units.Count - _unitsBeforeFree);
            _tainted = false;
        }

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
        _freeFillers = 0;
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
        // "06.12.34.56.03" goes on with the same separator: a French number, not a date.
        var goesOn = _units.Count > 3 && text.AsSpan(_units[2].End, _units[3].Start - _units[2].End).SequenceEqual(sep1);
        return !goesOn && sep1.SequenceEqual(sep2) && sep1 is "." or "/" or "-";
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
                var e164 = PhoneValidator.ToE164(_digits.AsSpan(digitStart, length), international, region)
                    ?? (international ? null : AsNorthAmerican(first, last, region));
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

    // Visitors advertise with their home number: "305-555-0147" in a Brazilian ad has no Brazilian reading, and
    // written 3-3-4 (optionally after a lone 1) it can only be North American. Not tried in NANP regions, where
    // the region's own reading already failed.
    private string? AsNorthAmerican(int first, int last, string region)
    {
        if (PhoneValidator.IsNanpRegion(region))
        {
            return null;
        }

        var k = first;
        if (last - k == 3 && _units[k].DigitCount == 1 && _digits[_units[k].DigitStart] == '1')
        {
            k++;
        }

        if (last - k != 2 || _units[k].DigitCount != 3 || _units[k + 1].DigitCount != 3 || _units[k + 2].DigitCount != 4)
        {
            return null;
        }

        return PhoneValidator.ToE164(_digits.AsSpan(_units[k].DigitStart, 10), international: false, PhoneValidator.FallbackRegion);
    }

    private void Emit(string text, int first, int last, bool international, string e164, List<Candidate> sink)
    {
        // Fillers and odd separators show in the gap before the unit after them (OddGapBefore).
        var obfuscated = false;
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

        // One lone digit is a grouping ("+33 6 12 34 56 78", "21 9 8765 0143"); two or more mean spread-out digits.
        obfuscated |= singles > 1;
        var start = international ? _plusAt : _units[first].Start;
        if (!international && start > 0 && text[start - 1] == '(')
        {
            start--;
        }

        sink.Add(new Candidate(new ExtractedEntity(EntityType.Phone, e164, start, _units[last].End, obfuscated), Candidate.PhonePriority));
    }
}
