using Spectre.Console;

namespace Ariadne.Cli.Infrastructure;

/// <summary>
/// A progress bar on stderr, only when stderr is a terminal: piped or logged output stays clean and
/// machine-readable.
/// </summary>
public static class TerminalProgress
{
    public static bool IsEnabled => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Runs <paramref name="work"/> with a progress callback that takes (done, total, label).</summary>
    public static async Task<T> RunAsync<T>(string title, Func<Action<double, double, string>, Task<T>> work)
    {
        if (!IsEnabled)
        {
            return await work(static (_, _, _) => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                result = await work((done, total, label) =>
                {
                    task.MaxValue = Math.Max(total, 1);
                    task.Value = Math.Min(done, task.MaxValue);
                    task.Description = Markup.Escape(label.Length > 40 ? "…" + label[^39..] : label);
                });
                task.Value = task.MaxValue;
            });
        return result;
    }
}
