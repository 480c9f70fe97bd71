using System.Net;
using System.Net.Sockets;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

public sealed class ErrorHandlingTests
{
    [Theory]
    [InlineData]
    [InlineData("synth")]
    [InlineData("ingest")]
    [InlineData("quarantine")]
    [InlineData("quarantine", "list")]
    [InlineData("search")]
    [InlineData("serve")]
    [InlineData("analyze")]
    [InlineData("extract")]
    [InlineData("hash")]
    public async Task Help_works_everywhere(params string[] command)
    {
        var result = await CliHarness.RunAsync([.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_fails_with_a_message()
    {
        var result = await CliHarness.RunAsync("frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_store_kind_is_explained()
    {
        var result = await CliHarness.RunAsync("--store", "mysql:localhost", "search", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sqlite:", result.Error, StringComparison.Ordinal);
        Assert.Contains("postgres:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_postgres_is_a_clear_error_without_the_password()
    {
        var port = FreeClosedPort();

        var result = await CliHarness.RunAsync(
            "--store", $"postgres:Host=127.0.0.1;Port={port};Database=ariadne;Username=nobody;Password=hunter2;Timeout=3",
            "search", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_date_filter_names_the_option()
    {
        using var dir = new TempDirectory();
        var result = await CliHarness.RunAsync("--store", "sqlite:" + Path.Combine(dir.Path, "a.db"), "search", "--from", "last tuesday");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--from", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_option_value_is_a_bad_argument_not_a_failure()
    {
        // README: 1 bad arguments, 2 the command could not run.
        var result = await CliHarness.RunAsync("extract", "--country", "USA", "--input", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--country", result.Error, StringComparison.Ordinal);
    }

    private static int FreeClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
