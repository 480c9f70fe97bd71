using System.CommandLine;
using System.Globalization;
using System.Text;
using Ariadne.Analysis.Banks;
using Ariadne.Analysis.Csv;
using Ariadne.Cli.Infrastructure;
using Ariadne.Imaging;
using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;
using Ariadne.Store;
using Spectre.Console;

namespace Ariadne.Cli.Commands;

/// <summary>
/// <c>ariadne bank import|export|list|match</c>: hash banks, named lists of PDQ hashes in the store (hashes only,
/// never images), exchanged as the CSV described in docs/data-formats.md.
/// </summary>
public static class BankCommand
{
    public static Command Create() => new("bank", "Hash banks: named lists of known image hashes (PDQ) with their provenance, for finding re-uploads of known photos. Banks hold hashes only, never images.")
    {
        CreateImport(), CreateExport(), CreateList(), CreateMatch(),
    };

    private static Command CreateImport()
    {
        var bank = new Argument<string>("BANK") { Description = "Bank name; created when it does not exist." };
        var file = new Argument<string>("FILE") { Description = "Bank CSV (signal_type,signal_value,quality,source,added_by,reason,added_at), or a python-threatexchange signal file ('pdq HASH' per line). '-' reads stdin." };
        var description = new Option<string?>("--description") { Description = "Description of the bank (set or replaced)." };
        var source = new Option<string?>("--source") { Description = "Source for rows without one (a partner, an exchange, a case)." };
        var addedBy = new Option<string?>("--added-by") { Description = "Who adds the rows, for rows without added_by." };
        var reason = new Option<string?>("--reason") { Description = "Why, for rows without a reason." };
        var command = new Command("import", "Import hashes into a bank. Bad rows are reported with line and field and skipped; the other rows are imported (exit 3). Hashes already in the bank are left as they are.")
        {
            bank, file, description, source, addedBy, reason,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetRequiredValue(file);
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var defaults = new BankCsvDefaults
            {
                Source = parseResult.GetValue(source),
                AddedBy = parseResult.GetValue(addedBy),
                Reason = parseResult.GetValue(reason),
                AddedAtUtc = DateTimeOffset.UtcNow,
            };
            BankCsvReadResult read;
            if (path == "-")
            {
                read = BankCsv.Read(Console.In, defaults);
            }
            else
            {
                using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                read = BankCsv.Read(reader, defaults);
            }

            foreach (var error in read.Errors)
            {
                await stderr.WriteLineAsync($"ariadne: error: {path}: {error}");
            }

            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var name = parseResult.GetRequiredValue(bank);
            var target = await store.Banks.GetOrCreateAsync(name, parseResult.GetValue(description), defaults.AddedAtUtc, ct);
            var added = await store.Banks.AddEntriesAsync(target.Id, read.Entries, ct);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"bank '{name}': {added.Added:N0} hashes added, {added.AlreadyPresent:N0} already present, {read.Errors.Count:N0} rows rejected"));
            return read.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.Partial;
        });
        return command;
    }

    private static Command CreateExport()
    {
        var bank = new Argument<string>("BANK") { Description = "Bank name." };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("export", "Export a bank as CSV (the format import reads), entries in the order they were added.") { bank, output };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var name = parseResult.GetRequiredValue(bank);
            var found = await store.Banks.FindAsync(name, ct) ?? throw new UnknownNameException($"there is no bank named '{name}' (see 'ariadne bank list')");
            var entries = await store.Banks.ListEntriesAsync(found.Id, ct);
            var path = parseResult.GetValue(output);
            if (path is null)
            {
                BankCsv.Write(parseResult.InvocationConfiguration.Output, entries);
            }
            else
            {
                await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
                BankCsv.Write(writer, entries);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List banks with their number of hashes.");
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var banks = await store.Banks.ListAsync(ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            if (banks.Count == 0)
            {
                await stdout.WriteLineAsync("no banks (create one with 'ariadne bank import NAME FILE')");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("bank", "hashes", "created (UTC)", "description");
            foreach (var b in banks)
            {
                table.AddRow(
                    Markup.Escape(b.Bank.Name),
                    b.Entries.ToString("N0", CultureInfo.InvariantCulture),
                    b.Bank.CreatedAtUtc.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(b.Bank.Description ?? ""));
            }

            CliConsole.For(stdout).Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateMatch()
    {
        var files = new Argument<string[]>("FILE") { Description = "Images to hash and look up.", Arity = ArgumentArity.ZeroOrMore };
        var hashes = new Option<string[]>("--hash") { Description = "A PDQ hash (64 hex digits) to look up; repeatable.", AllowMultipleArgumentsPerToken = true };
        var maxDistance = new Option<int>("--max-distance") { Description = "Largest Hamming distance that counts as a match (PDQ's standard threshold is 31).", DefaultValueFactory = _ => BankMatcher.DefaultMaxDistance }.Between(0, MultiIndexHashIndex.MaxRadius);
        var banks = new Option<string[]>("--bank") { Description = "Search only these banks (repeatable; default all)." };
        var command = new Command("match", "Look images or hashes up in the banks. Prints query,bank,entry_id,entry_hash,distance,note per match (CSV with a header); note says when a hash is unreliable (quality ≤ 49). Matches are leads for a person to check, not verdicts.")
        {
            files, hashes, maxDistance, banks,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var paths = parseResult.GetValue(files) ?? [];
            var texts = parseResult.GetValue(hashes) ?? [];
            if (paths.Length == 0 && texts.Length == 0)
            {
                throw new CliUsageException("give image files to hash or --hash HEX");
            }

            var queries = new List<(string Label, PdqHash Hash, int? Quality)>();
            foreach (var text in texts)
            {
                if (!PdqHash.TryParse(text, out var hash))
                {
                    throw new CliUsageException($"--hash '{text}' is not a PDQ hash (expected 64 hex digits)");
                }

                queries.Add((hash.ToString(), hash, null));
            }

            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var failures = 0;
            foreach (var path in paths)
            {
                ct.ThrowIfCancellationRequested();
                var result = ImageHasher.HashFile(path);
                if (!result.Succeeded)
                {
                    failures++;
                    await stderr.WriteLineAsync($"ariadne: error: {path}: {result.Error}");
                    continue;
                }

                queries.Add((path, result.Result.Hash, result.Result.Quality));
            }

            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var names = parseResult.GetValue(banks) is { Length: > 0 } given ? given : null;
            foreach (var name in names ?? [])
            {
                if (await store.Banks.FindAsync(name, ct) is null)
                {
                    throw new UnknownNameException($"--bank: there is no bank named '{name}' (see 'ariadne bank list'); nothing was searched");
                }
            }

            var matcher = new BankMatcher(await store.Banks.ListAllEntriesAsync(names, ct));
            var radius = parseResult.GetValue(maxDistance);
            var found = 0;
            var csv = new CsvTableWriter(stdout, stdout.NewLine);
            csv.WriteRecord("query", "bank", "entry_id", "entry_hash", "distance", "note");
            foreach (var (label, hash, quality) in queries)
            {
                foreach (var match in matcher.Match(hash, radius))
                {
                    found++;
                    var notes = new List<string>();
                    if (quality is { } q && q < PdqResult.MinimumReliableQuality)
                    {
                        notes.Add(string.Create(CultureInfo.InvariantCulture, $"unreliable: query quality {q}"));
                    }

                    if (!match.EntryReliable)
                    {
                        notes.Add(string.Create(CultureInfo.InvariantCulture, $"unreliable: entry quality {match.Banked.Entry.Quality}"));
                    }

                    csv.WriteRecord(
                        label,
                        match.Banked.BankName,
                        match.Banked.Entry.Id.ToString(CultureInfo.InvariantCulture),
                        match.Banked.Entry.Hash,
                        match.Distance.ToString(CultureInfo.InvariantCulture),
                        string.Join("; ", notes));
                }
            }

            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{queries.Count:N0} queries against {matcher.Count:N0} bank hashes (distance ≤ {radius}): {found:N0} matches"));
            return failures == 0 ? ExitCodes.Success : queries.Count == 0 ? ExitCodes.Failed : ExitCodes.Partial;
        });
        return command;
    }
}
