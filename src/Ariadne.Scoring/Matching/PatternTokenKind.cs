namespace Ariadne.Scoring.Matching;

/// <summary>What a <see cref="PatternToken"/> matches.</summary>
internal enum PatternTokenKind
{
    /// <summary>One of the alternatives exactly (folded words, placeholders or emoji).</summary>
    Word,

    /// <summary>Any word that begins with one of the alternatives.</summary>
    Prefix,

    /// <summary>Between zero and <see cref="PatternToken.Gap"/> words of any kind.</summary>
    Gap,
}
