namespace Ariadne.Synth.Field;

/// <summary>
/// One piece of a pattern or of an expanded sentence: literal text, a choice among <see cref="Choices"/> (made when
/// <see cref="Index"/> is set; kept so a poster can later re-pick it) or a slot such as NAME filled per ad.
/// </summary>
internal readonly record struct GrammarPart(PartKind Kind, string[] Choices, int Index, LetterCase Case, bool Article)
{
    public static GrammarPart Literal(string text) => new(PartKind.Literal, [text], 0, LetterCase.AsWritten, false);

    public static GrammarPart Slot(string name) => new(PartKind.Slot, [name], 0, LetterCase.AsWritten, false);

    /// <summary>The slot's name, or the text this part writes.</summary>
    public string Text => Kind switch
    {
        PartKind.Pick => Format(Choices[Index]),
        PartKind.Literal => Cased(Choices[0]),
        _ => Choices[0],
    };

    private string Format(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }

        if (Article)
        {
            word = ("aeiou".Contains(char.ToLowerInvariant(word[0]), StringComparison.Ordinal) ? "an " : "a ") + word;
        }

        return Cased(word);
    }

    private string Cased(string text) => Case switch
    {
        _ when text.Length == 0 => text,
        LetterCase.Upper => char.ToUpperInvariant(text[0]) + text[1..],

        // The pronoun keeps its capital: "Honestly, I'm…".
        LetterCase.Lower when !(text == "I" || text.StartsWith("I ", StringComparison.Ordinal) || text.StartsWith("I'", StringComparison.Ordinal))
            => char.ToLowerInvariant(text[0]) + text[1..],
        _ => text,
    };
}
