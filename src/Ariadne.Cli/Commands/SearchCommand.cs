using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Documents;
using Ariadne.Investigation.Search;
using Ariadne.Store;
using Ariadne.Store.Search;
using Spectre.Console;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne search</c>: full-text search with filters, printed as a table (or JSON lines).</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text")
        {
            Description = "The query language of the search page: words (all must match), \"quoted phrases\", prefix* (3+ letters), " +
                "OR or |, NOT or -word, (groups), phone: email: handle: wallet: city: country: kind: source: fields; phones, e-mails, " +
                "handles and wallets in any format. Omit to list the newest documents.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var kind = new Option<string?>("--kind") { Description = "ad, post, chat or tip." };
        var country = new Option<string?>("--country") { Description = "Two-letter country code given by the source." };
        var from = new Option<string?>("--from") { Description = "Posted on or after this day (YYYY-MM-DD, UTC)." };
        var to = new Option<string?>("--to") { Description = "Posted on or before this day (YYYY-MM-DD, UTC)." };
        var entityType = new Option<string?>("--etype") { Description = "Only documents mentioning an entity of this type (phone, email, handle, crypto...)." };
        var entityValue = new Option<string?>("--evalue") { Description = "With --etype: the entity's value in any format (713-555-0171, Jade@Example.com)." };
        var city = new Option<string?>("--city") { Description = "Start of the location as written, any case, with or without accents." };
        var limit = new Option<int>("--limit") { Description = "Rows per page (1-500).", DefaultValueFactory = _ => 20 }.Between(1, 500);
        var cursor = new Option<string?>("--cursor") { Description = "Continue after the page that printed this cursor." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per document instead of a table." };

        var command = new Command("search", "Search documents in the store.") { text, kind, country, from, to, entityType, entityValue, city, limit, cursor, json };
        command.SetAction(async (parseResult, ct) =>
        {
            var fields = new SearchFields(
                parseResult.GetValue(text), parseResult.GetValue(kind), parseResult.GetValue(country),
                parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(entityType), parseResult.GetValue(entityValue),
                parseResult.GetValue(city), parseResult.GetValue(cursor));
            if (!DocumentSearchRequest.TryCreate(fields, parseResult.GetValue(limit), out var query, out var error))
            {
                throw new CliUsageException(error!.StartsWith("query:", StringComparison.Ordinal) ? error : "--" + error);
            }

            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var page = await store.SearchDocumentsAsync(query!, ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                foreach (var item in page.Items)
                {
                    stdout.WriteLine(JsonSerializer.Serialize(new
                    {
                        id = item.Id,
                        kind = item.Kind.ToWireName(),
                        title = item.Title,
                        posted_at = item.PostedAtUtc,
                        location = item.LocationRaw,
                        country = item.Country,
                        source = item.Source,
                        snippet = item.Snippet,
                    }));
                }
            }
            else if (page.Items.Count == 0)
            {
                stdout.WriteLine("no documents match");
            }
            else
            {
                var table = new Table().AddColumns("id", "posted (UTC)", "location", "title");
                foreach (var item in page.Items)
                {
                    table.AddRow(
                        item.Id,
                        item.PostedAtUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
                        Markup.Escape(item.LocationRaw ?? ""),
                        Markup.Escape(item.Title ?? ""));
                }

                CliConsole.For(stdout).Write(table);
            }

            if (page.NextCursor is not null && !parseResult.GetValue(json))
            {
                stdout.WriteLine($"more results: add --cursor {page.NextCursor}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
