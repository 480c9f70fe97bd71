using System.CommandLine;
using Ariadne.Cli.Infrastructure;
using Ariadne.Store;
using Ariadne.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne serve</c>: the analysts' web app over the store.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = "On an empty store, generate a synthetic demo corpus and ingest it first." };
        var demoAds = new Option<int>("--demo-ads") { Description = "Size of the demo corpus.", DefaultValueFactory = _ => 3000 };
        var demoSeed = new Option<int>("--demo-seed") { Description = "Seed of the demo corpus.", DefaultValueFactory = _ => 2026 };

        var command = new Command("serve", "Serve the web app (loopback only unless --urls says otherwise).") { urls, demo, demoAds, demoSeed };
        command.SetAction(async (parseResult, ct) =>
        {
            var location = StoreOption.Resolve(parseResult);
            var store = await AriadneStore.OpenAsync(location, ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(demo))
            {
                await DemoCorpus.EnsureAsync(store, StoreOption.ResolveBlobRoot(parseResult, location), parseResult.GetValue(demoAds), parseResult.GetValue(demoSeed), stdout, ct);
            }

            var app = AriadneWebApp.Build(new WebHostOptions { Store = location, Urls = parseResult.GetValue(urls)! }, store);
            await using (app)
            {
                await app.StartAsync(ct);
                foreach (var address in app.Urls)
                {
                    stdout.WriteLine($"Ariadne is serving {location.Describe()} at {address} (Ctrl+C to stop)");
                }

                await app.WaitForShutdownAsync(ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
