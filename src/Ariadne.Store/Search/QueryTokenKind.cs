namespace Ariadne.Store.Search;

/// <summary>The kinds of token in query text.</summary>
internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    LParen,
    RParen,
    Or,
    And,
    Not,
}
