using System.Globalization;
using Ariadne.Scoring.Corpus;
using Ariadne.Synth;

namespace Ariadne.Cli.Commands;

/// <summary>
/// The labelled documents a model command works on: a synth corpus given as files, or one generated on the fly
/// from the generator (no images, into a temporary folder that is removed afterwards).
/// </summary>
public static class ModelCorpus
{
    public static (List<LabelledDocument> Documents, string Description) Load(string? input, string? truth, int ads, long seed, CancellationToken ct)
    {
        if (input is not null)
        {
            if (truth is null)
            {
                throw new ArgumentException("--input needs --truth (the truth.json written with it by 'ariadne synth')");
            }

            foreach (var path in new[] { input, truth })
            {
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"file not found: {path}", path);
                }
            }

            var docs = SyntheticCorpusReader.Read(input, truth, Environment.ProcessorCount, ct);
            return (docs, "file " + Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(input))) + "/" + Path.GetFileName(input) + " (" + docs.Count.ToString(CultureInfo.InvariantCulture) + " ads)");
        }

        var dir = Path.Combine(Path.GetTempPath(), "ariadne-model-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = ads, Seed = seed, OutputDirectory = dir, ImagesEnabled = false });
            var docs = SyntheticCorpusReader.Read(Path.Combine(dir, "ads.jsonl"), Path.Combine(dir, "truth.json"), Environment.ProcessorCount, ct);
            return (docs, string.Create(CultureInfo.InvariantCulture, $"synth seed={seed} ads={ads}"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
