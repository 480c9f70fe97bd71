using System.Diagnostics;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// Debian's chromium for Playwright. Like the PostgreSQL tests, when it is missing and the tests run as root
/// with apt, it is installed (so `dotnet test Ariadne.slnx` works on a fresh machine); otherwise the error says
/// what to install. Playwright's own browser downloads are never used.
/// </summary>
internal static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    public static string Find()
    {
        if (File.Exists(Path))
        {
            return Path;
        }

        const string hint = "Install it with `apt-get install -y chromium` (.ci/run does).";
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException($"The browser tests need Debian's chromium at {Path}. {hint}");
        }

        var (code, output) = Run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
        if (code != 0)
        {
            Run("apt-get", ["update"]);
            (code, output) = Run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
        }

        return File.Exists(Path)
            ? Path
            : throw new InvalidOperationException($"apt-get install chromium did not provide {Path} (exit {code}): {output[^Math.Min(output.Length, 500)..]} {hint}");
    }

    private static (int ExitCode, string Output) Run(string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }
}
