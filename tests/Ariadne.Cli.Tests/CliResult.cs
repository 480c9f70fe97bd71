namespace Ariadne.Cli.Tests;

/// <summary>Exit code and captured output of one CLI invocation.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
