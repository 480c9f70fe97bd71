namespace Ariadne.Cli.Infrastructure;

/// <summary>
/// A command named a bank, case, network or model that the store does not hold. It exits 2 (the command could not
/// run), never 0: a look-up in a misspelt bank must not read as "no match".
/// </summary>
public sealed class UnknownNameException(string message) : Exception(message);
