using Ariadne.Scoring.Rules;

namespace Ariadne.Scoring.Matching;

/// <summary>
/// A rule that fired: the UTF-16 span [Start, End) of the text (or of the title, when <see cref="InTitle"/>) that
/// made it fire and why, in plain words.
/// </summary>
public readonly record struct RuleHit(IndicatorRule Rule, int Start, int End, string Explanation, bool InTitle = false);
