using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Review;
using Ariadne.Store;
using Ariadne.Store.Scoring;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne review list|decide</c>: the human review queue. Nothing is acted on automatically.</summary>
public static class ReviewCommand
{
    // Titles and reasons are multilingual; keep them readable in the JSON lines rather than \u-escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var command = new Command("review", "The review queue: documents ranked by advisory risk plus those the model is least sure about; a person confirms, dismisses or escalates each with a reason.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Decide());
        return command;
    }

    private static Command List()
    {
        var top = new Option<int>("--top") { Description = "Riskiest undecided documents to list.", DefaultValueFactory = _ => 20 }.Between(0, 10_000);
        var uncertain = new Option<int>("--uncertain") { Description = "Undecided documents the model is least sure about (active learning), listed after the riskiest.", DefaultValueFactory = _ => 5 }.Between(0, 10_000);
        var json = new Option<bool>("--json") { Description = "One JSON object per line instead of text." };
        var command = new Command("list", "List the review queue (run 'ariadne analyze' first to score documents).") { top, uncertain, json };
        command.SetAction(async (parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var items = await new ScoringRepository(store).ListQueueAsync(parseResult.GetValue(top), parseResult.GetValue(uncertain), ct);
            foreach (var item in items)
            {
                if (parseResult.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(new { id = item.DocumentId, title = item.Title, risk = Math.Round(item.Probability, 4), uncertain = item.Uncertain, explanation = item.Explanation.Split('\n') }, Json));
                    continue;
                }

                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{item.DocumentId}  risk {item.Probability:0.00}{(item.Uncertain ? "  (uncertain: asked for active learning)" : string.Empty)}  {item.Title}"));
                foreach (var line in item.Explanation.Split('\n').Skip(1))
                {
                    stdout.WriteLine("    - " + line);
                }
            }

            if (items.Count == 0 && !parseResult.GetValue(json))
            {
                stdout.WriteLine("the review queue is empty (no scored, undecided documents)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Decide()
    {
        var id = new Argument<string>("document") { Description = "Document id (as listed by 'ariadne review list')." };
        var verdict = new Option<string>("--verdict") { Description = "confirm (shows signs of exploitation), dismiss (does not), or escalate (needs a senior reviewer).", Required = true }
            .AcceptOnlyFromAmong("confirm", "dismiss", "escalate");
        var reason = new Option<string>("--reason") { Description = "Why, in your words (kept for audit).", Required = true };
        var reviewer = new Option<string?>("--reviewer") { Description = "Who decides; default ARIADNE_REVIEWER." };
        var command = new Command("decide", "Record a reviewer's decision on a document; used as a label by the next 'ariadne model train --with-decisions'.") { id, verdict, reason, reviewer };
        command.SetAction(async (parseResult, ct) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var who = parseResult.GetValue(reviewer) ?? Environment.GetEnvironmentVariable("ARIADNE_REVIEWER");
            var why = parseResult.GetValue(reason)!;
            if (string.IsNullOrWhiteSpace(who) || string.IsNullOrWhiteSpace(why))
            {
                await error.WriteLineAsync("ariadne: error: a decision needs --reason and a reviewer (--reviewer or ARIADNE_REVIEWER)");
                return ExitCodes.BadArguments;
            }

            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var repository = new ScoringRepository(store);
            var docId = parseResult.GetValue(id)!;
            var score = await repository.GetScoreAsync(docId, ct);
            var decision = new ReviewDecision
            {
                DocumentId = docId,
                Verdict = Enum.Parse<ReviewVerdict>(parseResult.GetValue(verdict)!, ignoreCase: true),
                Reason = why.Trim(),
                Reviewer = who.Trim(),
                DecidedAtUtc = DateTimeOffset.UtcNow,
                ProbabilityShown = score?.Probability,
            };
            if (!await repository.DecideAsync(decision, ct))
            {
                await error.WriteLineAsync($"ariadne: error: no document '{docId}' in the store");
                return ExitCodes.Failed;
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"recorded: {docId} {decision.Verdict.ToString().ToLowerInvariant()} by {decision.Reviewer}");
            return ExitCodes.Success;
        });
        return command;
    }
}
