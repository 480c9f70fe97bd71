namespace Ariadne.Scoring.Rules;

/// <summary>A rule pack failed validation; <see cref="Problems"/> names each bad field with its file and line.</summary>
public sealed class RulePackException : Exception
{
    public RulePackException(IReadOnlyList<RuleProblem> problems)
        : base(string.Join(Environment.NewLine, (problems ?? []).Select(p => p.ToString())))
    {
        Problems = problems ?? [];
    }

    public RulePackException()
        : this([])
    {
    }

    public RulePackException(string message)
        : base(message)
    {
        Problems = [];
    }

    public RulePackException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<RuleProblem> Problems { get; }
}
