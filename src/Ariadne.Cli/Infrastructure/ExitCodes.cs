namespace Ariadne.Cli.Infrastructure;

/// <summary>Process exit codes; documented in the README so scripts can rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Bad arguments (System.CommandLine's own code for parse errors).</summary>
    public const int BadArguments = 1;

    /// <summary>The command could not run: missing file, unreachable store, unreadable input.</summary>
    public const int Failed = 2;

    /// <summary>The command ran, but some records were quarantined or some inputs failed.</summary>
    public const int Partial = 3;

    /// <summary>Interrupted by Ctrl+C.</summary>
    public const int Cancelled = 130;
}
