using System.Text.RegularExpressions;
using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ariadne.Cli.Tests;

public sealed partial class UserCommandTests
{
    [Fact]
    public async Task User_add_prints_a_password_that_signs_in_and_list_shows_the_role()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "a.db");

        var added = await CliHarness.RunAsync("--store", store, "user", "add", "lead@example.com", "--role", "analyst");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("added lead@example.com as Analyst", added.Output, StringComparison.Ordinal);
        var password = PasswordLine().Match(added.Output).Groups[1].Value;
        Assert.Equal(23, password.Length);

        var list = await CliHarness.RunAsync("--store", store, "user", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(new Regex(@"lead@example\.com\s*│\s*Analyst\s*│\s*active"), list.Output);

        // The printed password is the one stored: Identity verifies it against the stored hash.
        await using var opened = await AriadneStore.OpenAsync(StoreLocation.Parse(store));
        var services = new ServiceCollection().AddLogging();
        services.AddAriadneIdentityCore(opened);
        await using var provider = services.BuildServiceProvider();
        using var serviceScope = provider.CreateScope();
        var users = serviceScope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("lead@example.com");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, password));
        Assert.False(await users.CheckPasswordAsync(user, password + "x"));
    }

    [Fact]
    public async Task User_add_refuses_a_taken_email_and_an_unknown_role()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "a.db");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "user", "add", "a@example.com", "--role", "Viewer")).ExitCode);

        var again = await CliHarness.RunAsync("--store", store, "user", "add", "a@example.com", "--role", "Viewer");
        var badRole = await CliHarness.RunAsync("--store", store, "user", "add", "b@example.com", "--role", "Owner");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, badRole.ExitCode); // a bad argument, not a failed command
        Assert.Contains("Admin, Analyst, Reviewer, Viewer", badRole.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_list_on_a_new_store_says_how_to_create_the_first_admin()
    {
        using var dir = new TempDirectory();
        var list = await CliHarness.RunAsync("--store", "sqlite:" + Path.Combine(dir.Path, "a.db"), "user", "list");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("ariadne user add EMAIL --role Admin", list.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"password: (\S+)")]
    private static partial Regex PasswordLine();
}
