using System.CommandLine;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Cases;
using Ariadne.Investigation.Cases;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne case add</c> (link a document, network or entity) and <c>ariadne case capture</c> (evidence).</summary>
public static class CaseItemCommands
{
    public static Command CreateAdd()
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var document = new Option<string?>("--document") { Description = "A document id." };
        var network = new Option<string?>("--network") { Description = "A network id." };
        var entity = new Option<string?>("--entity") { Description = "An entity as TYPE:VALUE, e.g. phone:+15555550142." };
        var command = new Command("add", "Link a document, network or entity to the case (no bytes captured; see `case capture`).") { id, document, network, entity };
        command.SetAction(async (parseResult, ct) =>
        {
            var (type, key) = OneSubject(parseResult, document, network, entity);
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var added = await session.Service.AddItemAsync(session.Actor, parseResult.GetRequiredValue(id), type, key, ct);
            parseResult.InvocationConfiguration.Output.WriteLine(added ? $"added {type} {key}" : $"{type} {key} was already in the case");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateCapture()
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var document = new Option<string?>("--document") { Description = "Capture a stored document's raw original (the exact ingested bytes)." };
        var network = new Option<string?>("--network") { Description = "Capture a network as it is now (JSON: summary, members, joining edges)." };
        var photo = new Option<string?>("--photo") { Description = "Capture a stored photo by its blob SHA-256." };
        var file = new Option<FileInfo?>("--file") { Description = "Capture a file (an upload or a saved web page)." };
        var kind = new Option<string>("--kind") { Description = "For --file: upload or webpage.", DefaultValueFactory = _ => EvidenceKind.Upload };
        var sourceUrl = new Option<string?>("--source-url") { Description = "Where the bytes came from." };
        var mediaType = new Option<string?>("--media-type") { Description = "For --file: the media type (e.g. text/html)." };
        var description = new Option<string?>("--description") { Description = "What this evidence shows." };
        var command = new Command("capture", "Capture evidence into the case: stored write-once by SHA-256 with time, source, account and tool version; prints the evidence id and hash.")
        {
            id, document, network, photo, file, kind, sourceUrl, mediaType, description,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var given = new[] { parseResult.GetValue(document), parseResult.GetValue(network), parseResult.GetValue(photo), parseResult.GetValue(file)?.FullName }.Count(v => v is not null);
            if (given != 1)
            {
                throw new CliUsageException("capture: give exactly one of --document, --network, --photo or --file.");
            }

            var kindValue = parseResult.GetRequiredValue(kind).Trim().ToLowerInvariant();
            if (kindValue is not (EvidenceKind.Upload or EvidenceKind.WebPage))
            {
                throw new CliUsageException($"--kind: '{kindValue}' is not upload or webpage.");
            }

            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var caseId = parseResult.GetRequiredValue(id);
            var text = parseResult.GetValue(description);
            Evidence evidence;
            if (parseResult.GetValue(document) is { } documentId)
            {
                evidence = await session.Service.CaptureDocumentAsync(session.Actor, caseId, documentId, text, ct);
            }
            else if (parseResult.GetValue(network) is { } networkId)
            {
                evidence = await session.Service.CaptureNetworkAsync(session.Actor, caseId, networkId, text, ct);
            }
            else if (parseResult.GetValue(photo) is { } sha)
            {
                evidence = await session.Service.CapturePhotoAsync(session.Actor, caseId, sha.Trim().ToLowerInvariant(), null, text, ct);
            }
            else
            {
                var path = parseResult.GetValue(file)!;
                if (!path.Exists)
                {
                    throw new FileNotFoundException($"--file: '{path.FullName}' does not exist.", path.FullName);
                }

                await using var content = path.OpenRead();
                evidence = await session.Service.CaptureAsync(session.Actor, caseId, content,
                    new EvidenceCapture(kindValue, path.Name, parseResult.GetValue(mediaType), parseResult.GetValue(sourceUrl), text), ct);
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"{evidence.Id} sha256 {evidence.Sha256} {evidence.SizeBytes} bytes");
            return ExitCodes.Success;
        });
        return command;
    }

    private static (string Type, string Key) OneSubject(ParseResult parseResult, Option<string?> document, Option<string?> network, Option<string?> entity)
    {
        var choices = new[]
        {
            (CaseItemType.Document, parseResult.GetValue(document)),
            (CaseItemType.Network, parseResult.GetValue(network)),
            (CaseItemType.Entity, parseResult.GetValue(entity)),
        }.Where(c => !string.IsNullOrWhiteSpace(c.Item2)).ToList();
        if (choices.Count != 1)
        {
            throw new CliUsageException("add: give exactly one of --document, --network or --entity.");
        }

        return (choices[0].Item1, choices[0].Item2!.Trim());
    }
}
