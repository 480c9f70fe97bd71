using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ariadne.Cli.Infrastructure;
using Ariadne.Synth;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne synth</c>: writes a synthetic corpus with ground truth.</summary>
public static class SynthCommand
{
    public static Command Create()
    {
        var ads = new Option<int>("--ads") { Description = "Number of ads to generate.", Required = true }.Between(1, 10_000_000);
        var seed = new Option<long>("--seed") { Description = "Random seed; the same seed gives the same bytes.", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write ads.jsonl, truth.json and images/ into (created if missing).", Required = true };
        var noImages = new Option<bool>("--no-images") { Description = "Skip generating photos (faster; for text-only benchmarks)." };
        var profile = new Option<string>("--profile")
        {
            Description = "classic (default): networks share one template and mostly plain phones. field: networks use phones in turn, "
                + "noisy templates and obfuscated or missing contacts, among stock texts, boilerplate and support numbers shared by "
                + "unrelated posters. overlap: trafficking networks, independents, agencies and touring independents whose "
                + "indicators overlap, with the exact Bayes log-odds of every ad in the truth (docs/data-formats.md, \"Synthetic corpus\").",
            DefaultValueFactory = _ => "classic",
        }.AcceptOnlyFromAmong("classic", "field", "overlap");
        var overlapSetting = new Option<string>("--overlap-setting")
        {
            Description = "Rates and shares of the overlap profile: a (default) or b (trafficking rates closer to the negatives, "
                + "more agency ads, q 0.65), to train on one and test on the other.",
            DefaultValueFactory = _ => "a",
        }.AcceptOnlyFromAmong("a", "b");

        var command = new Command("synth", "Generate a synthetic corpus of ads with ground truth (networks, independent workers, noise, obfuscated identifiers, re-used photos).")
        {
            ads, seed, output, noImages, profile, overlapSetting,
        };
        command.SetAction((parseResult, ct) =>
        {
            var options = new SynthOptions
            {
                Ads = parseResult.GetValue(ads),
                Seed = parseResult.GetValue(seed),
                OutputDirectory = parseResult.GetRequiredValue(output).FullName,
                ImagesEnabled = !parseResult.GetValue(noImages),
                Profile = parseResult.GetValue(profile) switch
                {
                    "field" => SynthProfile.Field,
                    "overlap" => SynthProfile.Overlap,
                    _ => SynthProfile.Classic,
                },
                Overlap = new OverlapProfileOptions { Setting = parseResult.GetValue(overlapSetting) == "b" ? OverlapSetting.B : OverlapSetting.A },
            };
            var clock = Stopwatch.StartNew();
            var result = SyntheticCorpusGenerator.Generate(options);
            var stdout = parseResult.InvocationConfiguration.Output;
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {result.Ads:N0} ads in {result.Networks:N0} networks with {result.Images:N0} images to {options.OutputDirectory} in {clock.Elapsed.TotalSeconds:F1} s"));
            return Task.FromResult(0);
        });
        return command;
    }
}
