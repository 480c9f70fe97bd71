using System.CommandLine;
using Ariadne.Analysis.Stages;
using Ariadne.Cli.Infrastructure;
using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne serve</c>: the analysts' web app over the store.</summary>
public static class ServeCommand
{
    public const string DemoAccount = "demo@example.com";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = "On an empty store, generate a synthetic demo corpus and ingest it first; create the demo account (demo@example.com, Admin) with a new random password printed on start-up." };
        var demoAds = new Option<int>("--demo-ads") { Description = "Size of the demo corpus.", DefaultValueFactory = _ => 3000 };
        var demoSeed = new Option<int>("--demo-seed") { Description = "Seed of the demo corpus.", DefaultValueFactory = _ => 2026 };
        var model = new Option<string?>("--model") { Description = "Risk model web imports are scored with, as 'ariadne analyze --model': a tree model or an evidence calibration folder; default ARIADNE_MODEL, else the evidence model of the shipped rule packs." };

        var command = new Command("serve", "Serve the web app (loopback only unless --urls says otherwise).") { urls, demo, demoAds, demoSeed, model };
        command.SetAction(async (parseResult, ct) =>
        {
            var location = StoreOption.Resolve(parseResult);
            var store = await AriadneStore.OpenAsync(location, ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            var blobRoot = StoreOption.ResolveBlobRoot(parseResult, location);
            string? demoPassword = null;
            if (parseResult.GetValue(demo))
            {
                await DemoCorpus.EnsureAsync(store, blobRoot, parseResult.GetValue(demoAds), parseResult.GetValue(demoSeed), stdout, ct);
                demoPassword = PasswordGenerator.Create();
                await using var users = new UserDirectoryScope(store);
                await users.Users.EnsureWithPasswordAsync(DemoAccount, Roles.Admin, demoPassword);
            }

            // Resolved as `ariadne analyze` does, so a web import is scored by the same model as the command line.
            var risk = RiskModelResolver.Resolve(parseResult.GetValue(model), parseResult.InvocationConfiguration.Error, ct);
            var app = AriadneWebApp.Build(new WebHostOptions { Store = location, Urls = parseResult.GetValue(urls)!, BlobRoot = blobRoot, Scorer = new DocumentScorer(risk) }, store);
            await using (app)
            {
                await app.StartAsync(ct);
                foreach (var address in app.Urls)
                {
                    stdout.WriteLine($"Ariadne is serving {location.Describe()} at {address} (Ctrl+C to stop)");
                }

                if (demoPassword is not null)
                {
                    // Printed on every start: the password is new each time, so an old terminal log does not open the demo.
                    stdout.WriteLine($"demo: sign in as {DemoAccount} with password {demoPassword}");
                }

                await app.WaitForShutdownAsync(ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
