namespace Ariadne.Core.Cases;

/// <summary>The stored states of a case (lower-case words).</summary>
public static class CaseStatus
{
    public const string Open = "open";
    public const string OnHold = "on-hold";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Open, OnHold, Closed];
}
