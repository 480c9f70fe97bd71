using System.Text;
using Ariadne.Cli.Infrastructure;

namespace Ariadne.Cli.Tests;

/// <summary>Runs the real command tree in-process and captures what it prints.</summary>
public static class CliHarness
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter(new StringBuilder());
        var error = new StringWriter(new StringBuilder());
        var code = await CliRunner.RunAsync(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
