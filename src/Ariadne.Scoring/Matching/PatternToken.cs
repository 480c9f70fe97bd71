namespace Ariadne.Scoring.Matching;

/// <summary>
/// One position of a compiled rule phrase: a word (or one of several: <c>(girls|ladies|day and night)</c>, where an
/// alternative of several words is stored space-separated and matches them in a row), a word start
/// (<c>verif*</c> matches verified, verifiable, verificada), a placeholder such as <c>{crypto}</c>, an emoji, or a
/// gap of up to <see cref="Gap"/> other words (<c>~2</c>).
/// </summary>
internal sealed record PatternToken(PatternTokenKind Kind, IReadOnlyList<string> Alternatives, int Gap = 0);
