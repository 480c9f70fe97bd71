using Spectre.Console;

namespace Ariadne.Cli.Infrastructure;

/// <summary>A Spectre console over a given writer, wide enough that tables are not squeezed when piped.</summary>
public static class CliConsole
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (writer != Console.Out || Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
