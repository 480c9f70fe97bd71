namespace Ariadne.Extraction.Text;

/// <summary>
/// A word, a number or one symbol of the text, by UTF-16 span; whitespace is not a token. Words carry their
/// <see cref="WordClass"/> from the <see cref="Lexicon"/>.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, WordClass Class = WordClass.None)
{
    public int Length => End - Start;
}
