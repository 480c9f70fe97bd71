using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Facts;

/// <summary>
/// First names given in ads: after an introduction ("ask for Jade", "I'm Jade", "my name is", "me llamo",
/// "je m'appelle", "chamo-me", "meet", "voici"...), before "here", or right before a stated age ("Jade, 19",
/// "Jade (19)").
/// The value is the name as written.
/// </summary>
internal static class NameScanner
{
    private static readonly string[][] Triggers =
    [
        ["ask", "for"], ["i'm"], ["im"], ["i", "am"], ["my", "name", "is"], ["name", "is"], ["meet"], ["this", "is"],
        ["her", "friend"], ["special", "with"], ["me", "llamo"], ["soy"], ["pregunta", "por"], ["tambien", "por"], ["conoce", "a"],
        ["su", "amiga"], ["je", "m'appelle"], ["je", "suis"], ["voici"], ["demandez"], ["demandez", "aussi"], ["son", "amie"],
        ["chamo", "-", "me"], ["sou", "a"], ["sou", "o"], ["conheca"], ["pergunte", "pela"], ["tambem", "pela"], ["pergunta", "pela"], ["tambem", "por"], ["a", "amiga"],
        ["called"], ["call", "me"],
    ];

    /// <summary>First words of the introductions, for the <see cref="Lexicon"/>.</summary>
    internal static readonly string[] TriggerFirstWords = [.. Triggers.Select(t => t[0]).Distinct(StringComparer.Ordinal)];

    /// <summary>Capitalised words that are not names, for the <see cref="Lexicon"/>.</summary>
    internal static readonly string[] NotNames =
    [
        "new", "available", "here", "the", "me", "sweet", "young", "brand", "classy", "independent", "just", "in", "now",
        "back", "not", "a", "an", "your", "only", "real", "very", "so", "from", "visiting", "local", "hot", "vip", "call",
        "text", "nueva", "nouvelle", "nova", "novinha", "una", "une", "uma", "la", "le", "el", "o", "de", "du", "da",
        "available", "booking", "rates", "also", "too", "she", "he", "it", "we", "they", "you", "i", "free", "open",
        "discreet", "discreta", "discrète", "tonight", "today", "ready", "sure", "sorry", "looking", "here", "there",
        // Greetings open an ad the way a name does: "Hola, soy…", "Coucou, je suis…".
        "hola", "coucou", "salut", "bonjour", "bonsoir", "oi", "ola", "olá", "hello", "hi", "hey", "buenas",
    ];

    public static void Scan(string text, List<Token> tokens, List<Candidate> ages, List<Candidate> sink)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            if ((tokens[t].Class & WordClass.NameTrigger) != 0)
            {
                TryTriggers(text, tokens, t, sink);
            }

            // "Jade here", "Jade is here", "Jade is back".
            if (t + 1 < tokens.Count && (tokens[t + 1].Class & WordClass.Here) != 0 && IsName(text, tokens[t])
                && (TokenText.Is(text, tokens[t + 1], "here")
                || (TokenText.Is(text, tokens[t + 1], "is") && t + 2 < tokens.Count
                    && (TokenText.Is(text, tokens[t + 2], "here") || TokenText.Is(text, tokens[t + 2], "back")))))
            {
                Emit(text, tokens[t], sink);
            }
        }

        // "classy Jade, 19yo": a capitalised word, a comma, then a stated age.
        foreach (var age in ages)
        {
            var k = tokens.BinarySearch(new Token(TokenKind.Symbol, age.Entity.Start, age.Entity.Start), StartComparer.Instance);
            // "en Málaga, 25 añitos": after a preposition the word is a place, not a name.
            if (k >= 2 && (TokenText.IsSymbol(text, tokens, k - 1, ',') || TokenText.IsSymbol(text, tokens, k - 1, '(')) && IsName(text, tokens[k - 2])
                && !(k >= 3 && (tokens[k - 3].Class & WordClass.Preposition) != 0))
            {
                Emit(text, tokens[k - 2], sink);
            }
        }
    }

    // The triggers grouped by first word (in list order): a trigger word is folded and looked up once instead of
    // being compared with every trigger.
    private static readonly Dictionary<string, string[][]> TriggersByFirstWord = Triggers
        .GroupBy(t => t[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup =
        TriggersByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void TryTriggers(string text, List<Token> tokens, int t, List<Candidate> sink)
    {
        var token = tokens[t];
        Span<char> folded = stackalloc char[Lexicon.MaxWordLength];
        if (token.Kind != TokenKind.Word || token.Length > folded.Length
            || !TriggerLookup.TryGetValue(folded[..TextFold.Fold(text.AsSpan(token.Start, token.Length), folded)], out var triggers))
        {
            return;
        }

        foreach (var trigger in triggers)
        {
            if (Matches(text, tokens, t, trigger))
            {
                var k = t + trigger.Length;
                if (k < tokens.Count && IsName(text, tokens[k]))
                {
                    Emit(text, tokens[k], sink);
                }
            }
        }
    }

    private static bool Matches(string text, List<Token> tokens, int t, string[] trigger)
    {
        if (t + trigger.Length > tokens.Count || tokens[t].Length != trigger[0].Length)
        {
            return false;
        }

        for (var i = 0; i < trigger.Length; i++)
        {
            var tok = tokens[t + i];
            var mismatch = tok.Kind == TokenKind.Symbol
                ? trigger[i].Length != 1 || trigger[i][0] != text[tok.Start]
                : !TextFold.EqualsFolded(text.AsSpan(tok.Start, tok.Length), trigger[i]);
            if (mismatch)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsName(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length is < 2 or > 20 || !char.IsUpper(text[token.Start]))
        {
            return false;
        }

        // All capitals ("VIP", "CDMX") is not how a first name is written.
        var upper = 0;
        for (var i = token.Start; i < token.End; i++)
        {
            upper += char.IsUpper(text[i]) ? 1 : 0;
        }

        return upper == 1 && (token.Class & WordClass.NotName) == 0;
    }

    private static void Emit(string text, Token token, List<Candidate> sink) =>
        sink.Add(new Candidate(new ExtractedEntity(EntityType.Name, text.Substring(token.Start, token.Length), token.Start, token.End), Candidate.NamePriority));

    private sealed class StartComparer : IComparer<Token>
    {
        public static readonly StartComparer Instance = new();

        public int Compare(Token x, Token y) => x.Start.CompareTo(y.Start);
    }
}
