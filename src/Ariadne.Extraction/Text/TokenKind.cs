namespace Ariadne.Extraction.Text;

/// <summary>What a <see cref="Token"/> holds.</summary>
internal enum TokenKind
{
    /// <summary>Letters, with inner apostrophes ("j'ai") and inner periods of abbreviations not included.</summary>
    Word,

    /// <summary>ASCII digits, with inner "," or "." followed by digits ("1,500", "150.00").</summary>
    Number,

    /// <summary>Any other single character (or surrogate pair).</summary>
    Symbol,

    /// <summary>A line break: ends phrases.</summary>
    Break,
}
