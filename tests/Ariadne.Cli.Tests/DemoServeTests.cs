using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

/// <summary>The README's first command in a real process: serve --demo prints an account that signs in.</summary>
public sealed partial class DemoServeTests
{
    [Fact]
    public async Task Serve_demo_prints_a_demo_account_whose_password_signs_in()
    {
        using var dir = new TempDirectory();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var child = StartCli(["--store", "sqlite:" + Path.Combine(dir.Path, "a.db"), "serve", "--demo", "--demo-ads", "40", "--urls", url]);
        try
        {
            var password = await ReadDemoPasswordAsync(child);

            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
            var form = await client.GetStringAsync("/account/sign-in");
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
                ["_handler"] = Hidden(form, "_handler"),
                ["Form.Email"] = "demo@example.com",
                ["Form.Password"] = password,
                ["Form.ReturnUrl"] = "/",
            });
            using var signIn = await client.PostAsync("/account/sign-in", content);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

            using var api = await client.GetAsync("/api/documents?limit=5");
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            Assert.Contains("\"items\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task User_add_reads_the_password_from_stdin()
    {
        using var dir = new TempDirectory();
        using var child = StartCli(["--store", "sqlite:" + Path.Combine(dir.Path, "a.db"), "user", "add", "pipe@example.com", "--role", "Reviewer", "--password-stdin"], redirectInput: true);
        await child.StandardInput.WriteLineAsync("Piped-Password-77");
        child.StandardInput.Close();
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();

        Assert.Equal(0, child.ExitCode);
        Assert.Contains("added pipe@example.com as Reviewer", output, StringComparison.Ordinal);
        Assert.DoesNotContain("password:", output, StringComparison.Ordinal);

        using var weak = StartCli(["--store", "sqlite:" + Path.Combine(dir.Path, "a.db"), "user", "add", "weak@example.com", "--role", "Viewer", "--password-stdin"], redirectInput: true);
        await weak.StandardInput.WriteLineAsync("short");
        weak.StandardInput.Close();
        var error = await weak.StandardError.ReadToEndAsync();
        await weak.WaitForExitAsync();
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("at least 12 characters", error, StringComparison.Ordinal);
    }

    private static async Task<string> ReadDemoPasswordAsync(Process child)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = DemoLine().Match(line);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException("serve --demo ended without printing the demo account: " + await child.StandardError.ReadToEndAsync());
    }

    private static Process StartCli(string[] arguments, bool redirectInput = false)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ariadne.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("^demo: sign in as demo@example.com with password (\\S+)$")]
    private static partial Regex DemoLine();
}
