namespace Ariadne.Scoring.Rules;

/// <summary>One thing wrong in a rule pack: the file, the line (1-based, 0 when unknown), the field and what to fix.</summary>
public sealed record RuleProblem(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
