using System.CommandLine;
using Ariadne.Store;

namespace Ariadne.Cli.Infrastructure;

/// <summary>Parses and runs a command line; turns expected failures into one clear line and an exit code.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = CommandTree.Build();
        var config = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Our own handler below prints one line a person can act on instead of a stack trace.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count == 0)
            {
                StoreOption.RejectWhereUnused(parsed);
            }

            return await parsed.InvokeAsync(config);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("ariadne: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is CliUsageException || IsExpected(ex))
        {
            await error.WriteLineAsync($"ariadne: error: {ex.Message}");

            // A value System.CommandLine cannot judge (two exclusive options, a bad code) is the same class of
            // mistake as a parse error, so it gets the same exit code.
            return ex is CliUsageException ? ExitCodes.BadArguments : ExitCodes.Failed;
        }
    }

    private static bool IsExpected(Exception ex) => ex is StoreUnavailableException or FileNotFoundException
        or DirectoryNotFoundException or IOException or UnauthorizedAccessException or ArgumentException
        or InvalidDataException or UnknownNameException or Investigation.Cases.CaseNotFoundException or Investigation.Cases.CaseAccessDeniedException;
}
