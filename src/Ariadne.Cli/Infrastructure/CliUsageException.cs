namespace Ariadne.Cli.Infrastructure;

/// <summary>A mistake in how a command was called that the parser cannot see (e.g. a bad combination).</summary>
public sealed class CliUsageException(string message) : Exception(message);
