using System.CommandLine;
using System.Text;
using Ariadne.Cli.Infrastructure;
using Ariadne.Extraction.Jsonl;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne extract</c>: entities of each JSONL line, one JSONL answer per line (see DESIGN.md).</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input") { Description = "JSONL file with {\"id\", \"text\", \"country\"?} per line; '-' or none reads standard input." };
        var country = new Option<string?>("--country") { Description = "ISO country code (e.g. US, GB) for lines without a 'country' field: default phone region, '$' currency, city disambiguation." };
        var command = new Command("extract", "Extract phones, emails, URLs, handles, wallets, ages, prices, names and locations from JSONL documents; writes one JSONL line per input line.")
        {
            input, country,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(input);
            var stdout = parseResult.InvocationConfiguration.Output;
            var cc = parseResult.GetValue(country);
            if (cc is not null && (cc.Length != 2 || !char.IsAsciiLetter(cc[0]) || !char.IsAsciiLetter(cc[1])))
            {
                throw new CliUsageException($"--country must be a two-letter ISO 3166-1 code such as US or GB, not '{cc}'.");
            }

            JsonlExtractionSummary summary;
            if (string.IsNullOrEmpty(path) || path == "-")
            {
                summary = await JsonlExtraction.RunAsync(Console.In, stdout, cc, ct);
            }
            else
            {
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"input file not found: {path}", path);
                }

                using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                summary = await JsonlExtraction.RunAsync(reader, stdout, cc, ct);
            }

            if (summary.Errors > 0)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"ariadne: {summary.Errors:N0} of {summary.Lines:N0} lines could not be read (see their \"error\" fields).");
                return ExitCodes.Partial;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
