using System.CommandLine;
using System.Globalization;
using Ariadne.Analysis.Watches;
using Ariadne.Cli.Infrastructure;
using Ariadne.Investigation.Search;
using Ariadne.Store;
using Ariadne.Store.Watches;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Ariadne.Cli.Commands;

/// <summary>
/// <c>ariadne watch add|list|run|remove</c>: saved searches and watched identifiers, networks and cities of one
/// account, evaluated by every <c>ariadne analyze</c> against the documents new since; the web app shows the same.
/// </summary>
public static class WatchCommand
{
    private static readonly Option<string?> Owner = new("--owner")
    {
        Description = "The account (e-mail) whose watches these are. Also ARIADNE_USER.",
        Recursive = true,
    };

    public static Command Create() => new("watch", "Saved searches and watches: every analyze run records the new documents that match them.")
    {
        Owner, CreateAdd(), CreateList(), CreateRun(), CreateRemove(),
    };

    private static Command CreateAdd()
    {
        var name = new Argument<string>("NAME") { Description = "What to call the watch." };
        var text = new Argument<string?>("QUERY")
        {
            Description = "A saved search: words as typed in the search page (all must match), \"quoted phrases\", prefix*.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var kind = new Option<string?>("--kind") { Description = "Saved search: ad, post, chat or tip." };
        var country = new Option<string?>("--country") { Description = "Saved search: two-letter country code given by the source." };
        var from = new Option<string?>("--from") { Description = "Saved search: posted on or after this day (YYYY-MM-DD, UTC)." };
        var to = new Option<string?>("--to") { Description = "Saved search: posted on or before this day (YYYY-MM-DD, UTC)." };
        var targets = new (WatchKind Kind, Option<string?> Option)[]
        {
            (WatchKind.Phone, new("--phone") { Description = "Watch a phone number, written any way (+1 713 555 0142)." }),
            (WatchKind.Email, new("--email") { Description = "Watch an e-mail address." }),
            (WatchKind.Handle, new("--handle") { Description = "Watch a handle: platform:user (telegram:maria) or as an ad writes it." }),
            (WatchKind.Wallet, new("--wallet") { Description = "Watch a crypto wallet address." }),
            (WatchKind.Network, new("--network") { Description = "Watch a network by its id: its new members." }),
            (WatchKind.City, new("--city") { Description = "Watch a city where documents are posted (Houston, US)." }),
        };
        var command = new Command("add", "Save a search (QUERY and filters) or watch one identifier, network or city. Matches start with the next analyze run.")
        {
            name, text, kind, country, from, to,
        };
        foreach (var (_, option) in targets)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, ct) =>
        {
            var given = targets.Where(t => parseResult.GetValue(t.Option) is not null).ToList();
            var searching = parseResult.GetValue(text) is not null || new[] { kind, country, from, to }.Any(o => parseResult.GetValue(o) is not null);
            if (given.Count > 1 || (given.Count == 1 && searching))
            {
                throw new CliUsageException("watch add: give either a search (QUERY and filter options) or one of --phone, --email, --handle, --wallet, --network, --city.");
            }

            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var owner = await OwnerIdAsync(store, parseResult, ct);
            WatchKind watchKind;
            string definition;
            if (given.Count == 1)
            {
                watchKind = given[0].Kind;
                var (made, error) = await WatchDefinitions.CreateAsync(store, watchKind, parseResult.GetValue(given[0].Option), ct);
                definition = made ?? throw new CliUsageException("--" + error);
            }
            else
            {
                if (!DocumentSearchRequest.TryCreate(parseResult.GetValue(text), parseResult.GetValue(kind), parseResult.GetValue(country), parseResult.GetValue(from), parseResult.GetValue(to),
                        null, DocumentSearchRequest.DefaultPageSize, out var query, out var error))
                {
                    throw new CliUsageException("--" + error);
                }

                watchKind = WatchKind.Search;
                definition = WatchSearch.From(query!).ToJson();
            }

            var watch = await store.Watches.AddAsync(owner, parseResult.GetRequiredValue(name), watchKind, definition, DateTimeOffset.UtcNow, ct);
            parseResult.InvocationConfiguration.Output.WriteLine($"watch {watch.Id}: {watch.Name} ({watch.Kind.ToWireName()} {Describe(watch)}); new documents are checked by each `ariadne analyze`");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "Your watches with their matches and the matches new since you last opened them in the web app.");
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var owner = await OwnerIdAsync(store, parseResult, ct);
            var watches = await store.Watches.ListAsync(owner, ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            if (watches.Count == 0)
            {
                stdout.WriteLine("no watches; add one with `ariadne watch add NAME QUERY --owner EMAIL` or `--phone VALUE`");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("id", "name", "kind", "watching", "matches", "new", "evaluated (UTC)");
            foreach (var summary in watches)
            {
                var watch = summary.Watch;
                table.AddRow(watch.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(watch.Name), watch.Kind.ToWireName(), Markup.Escape(Describe(watch)),
                    summary.Matches.ToString("N0", CultureInfo.InvariantCulture), summary.NewMatches.ToString("N0", CultureInfo.InvariantCulture),
                    watch.EvaluatedAtUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "not yet");
            }

            CliConsole.For(stdout).Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateRun()
    {
        var command = new Command("run", "Evaluate every watch now against the analysed documents they have not seen, and print what this found for your watches.");
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var owner = await OwnerIdAsync(store, parseResult, ct);
            var started = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 1);
            var run = await WatchStage.EvaluateAsync(store, 1_000, null, TimeProvider.System, ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            stdout.WriteLine($"evaluated {run.Watches:N0} watches against {run.Documents:N0} new documents: {run.NewMatches:N0} new matches");
            if (run.Waiting > 0)
            {
                stdout.WriteLine($"{run.Waiting:N0} new documents wait for `ariadne analyze` (not yet extracted or linked)");
            }

            foreach (var summary in await store.Watches.ListAsync(owner, ct))
            {
                var page = await store.Watches.ListMatchesAsync(summary.Watch.Id, started, null, 20, ct);
                var found = page.Items.Where(i => i.IsNew).ToList();
                if (found.Count == 0)
                {
                    continue;
                }

                stdout.WriteLine($"watch {summary.Watch.Id} {summary.Watch.Name}:");
                foreach (var item in found)
                {
                    stdout.WriteLine($"  {item.Id}  {item.PostedAtUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated",-10}  {item.Title ?? item.Snippet}");
                }

                if (page.NextCursor is not null)
                {
                    stdout.WriteLine("  … more on the watch's page in the web app");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<long>("ID") { Description = "The watch's id (from `ariadne watch list`)." };
        var command = new Command("remove", "Delete one of your watches and its recorded matches.") { id };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var owner = await OwnerIdAsync(store, parseResult, ct);
            var watchId = parseResult.GetRequiredValue(id);
            if (!await store.Watches.RemoveAsync(watchId, owner, ct))
            {
                throw new CliUsageException($"ID: you have no watch {watchId} (see `ariadne watch list`).");
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"removed watch {watchId}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(Watch watch) => watch.Kind == WatchKind.Search ? WatchSearch.Parse(watch.Definition).Describe() : watch.Definition;

    private static async Task<string> OwnerIdAsync(AriadneStore store, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var email = parseResult.GetValue(Owner);
        if (string.IsNullOrWhiteSpace(email))
        {
            email = Environment.GetEnvironmentVariable(CaseSession.UserVariable);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            throw new CliUsageException("--owner: say whose watches these are (an e-mail from `ariadne user list`), or set ARIADNE_USER.");
        }

        var normalised = email.Trim().ToUpperInvariant();
        await using var context = store.CreateDbContext();
        return await context.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new CliUsageException($"--owner: there is no account '{email.Trim()}' (see `ariadne user list`).");
    }
}
