using System.Diagnostics;

namespace Ariadne.Investigation.Cases.Report;

/// <summary>
/// Prints HTML to PDF with headless chromium (Debian's package): the report is laid out by a real browser engine,
/// so the PDF matches what the HTML shows, and no PDF library has to be trusted with hostile text. The HTML is written
/// to a private temporary folder with a throw-away browser profile; both are deleted afterwards.
/// </summary>
public sealed class ChromiumPdfPrinter(string executable, TimeSpan? timeout = null)
{
    public const string EnvironmentVariable = "ARIADNE_CHROMIUM";

    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome"];

    // A browser per report is heavy (hundreds of MB, several processes): at most two print at once per process,
    // so a burst of report downloads queues instead of exhausting a small server.
    private static readonly SemaphoreSlim Gate = new(2);

    public string Executable { get; } = executable;

    public TimeSpan Timeout { get; } = timeout ?? TimeSpan.FromSeconds(60);

    /// <summary>The browser named by <c>ARIADNE_CHROMIUM</c>, else chromium / chromium-browser / google-chrome on PATH, else null.</summary>
    public static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in Candidates)
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>A printer over the browser <see cref="FindExecutable"/> finds, or an error saying what to install.</summary>
    public static ChromiumPdfPrinter Create(TimeSpan? timeout = null) =>
        new(FindExecutable() ?? throw new InvalidOperationException(
            $"PDF reports need chromium: install it (Debian/Ubuntu: `apt-get install chromium`) or set {EnvironmentVariable} to the browser's path. The HTML report works without it."),
            timeout);

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return await PrintOneAsync(html, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<byte[]> PrintOneAsync(string html, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ariadne-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.html");
            var output = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + Path.Combine(folder.FullName, "profile"), "--print-to-pdf=" + output, new Uri(input).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            // chromium writes crash dumps and caches under HOME; keep them in the temporary folder too.
            start.Environment["HOME"] = folder.FullName;
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"{Executable} did not print the report within {Timeout.TotalSeconds:0} s.");
            }

            var errors = await stderr;
            await stdout;
            if (process.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
            {
                throw new InvalidOperationException($"{Executable} could not print the report (exit {process.ExitCode}): {Tail(errors)}");
            }

            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A browser child still closing a file: the folder is private to this account (0700) and in the system temp.
            }
        }
    }

    private static string Tail(string text) => text.Length <= 600 ? text.Trim() : text[^600..].Trim();
}
