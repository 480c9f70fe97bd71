using System.CommandLine;
using Ariadne.Cli.Infrastructure;
using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Spectre.Console;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne user add|list</c>: accounts of the web app (the first admin is created here).</summary>
public static class UserCommand
{
    public static Command Create() => new("user", "Accounts of the web app and their roles (Admin, Analyst, Reviewer, Viewer).")
    {
        CreateAdd(), CreateList(),
    };

    private static Command CreateAdd()
    {
        var email = new Argument<string>("EMAIL") { Description = "E-mail address; it is also the sign-in name." };
        var role = new Option<string>("--role") { Description = "Admin, Analyst, Reviewer or Viewer.", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of stdin instead of generating one (at least 12 characters with upper case, lower case and a digit)." };
        var command = new Command("add", "Create an account. Without --password-stdin a random password is generated and printed once.") { email, role, passwordStdin };
        command.SetAction(async (parseResult, ct) =>
        {
            var address = parseResult.GetRequiredValue(email);
            var roleName = Roles.Normalize(parseResult.GetRequiredValue(role))
                ?? throw new CliUsageException($"--role: '{parseResult.GetRequiredValue(role)}' is not a role; use one of {string.Join(", ", Roles.All)}.");
            var generated = !parseResult.GetValue(passwordStdin);
            var password = generated ? PasswordGenerator.Create() : (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r');
            if (string.IsNullOrEmpty(password))
            {
                throw new CliUsageException("--password-stdin: stdin was empty; pipe the password in, e.g. `printf '%s\\n' \"$PW\" | ariadne user add ...`.");
            }

            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            await using var scope = new UserDirectoryScope(store);
            var result = await scope.Users.AddAsync(address, roleName, password);
            if (!result.Succeeded)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"ariadne: {result.Error}");
                return ExitCodes.Failed;
            }

            var stdout = parseResult.InvocationConfiguration.Output;
            stdout.WriteLine($"added {address} as {roleName}");
            if (generated)
            {
                stdout.WriteLine($"password: {password}");
                stdout.WriteLine("(shown once; store it in a password manager)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List accounts with their roles.");
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            await using var scope = new UserDirectoryScope(store);
            var users = await scope.Users.ListAsync();
            var stdout = parseResult.InvocationConfiguration.Output;
            if (users.Count == 0)
            {
                stdout.WriteLine("no accounts; create the first admin with `ariadne user add EMAIL --role Admin`");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("e-mail", "roles", "state");
            foreach (var user in users)
            {
                table.AddRow(Markup.Escape(user.Email), Markup.Escape(string.Join(", ", user.Roles)), user.LockedOut ? "locked out" : "active");
            }

            CliConsole.For(stdout).Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
