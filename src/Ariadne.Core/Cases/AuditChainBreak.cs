namespace Ariadne.Core.Cases;

/// <summary>The first record of an audit chain that fails verification, and why.</summary>
public sealed record AuditChainBreak(long Sequence, string Reason);
