using Ariadne.Synth.Field;
using Ariadne.Synth.Images;
using Ariadne.Synth.Model;
using Ariadne.Synth.Output;
using Ariadne.Synth.Overlap;

namespace Ariadne.Synth;

/// <summary>
/// Writes a purely synthetic, labelled corpus: DIR/ads.jsonl (documents), DIR/truth.json (ground truth) and
/// DIR/images/*.jpg. The same options always produce byte-identical files.
/// </summary>
public static class SyntheticCorpusGenerator
{
    /// <summary>Generates the corpus; <paramref name="progress"/> receives a percentage (0–100).</summary>
    public static SynthResult Generate(SynthOptions options, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Ads);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.OutputDirectory);

        if (options.Profile == SynthProfile.Field)
        {
            ArgumentNullException.ThrowIfNull(options.Field);
            options.Field.Validate();
        }

        if (options.Profile == SynthProfile.Overlap)
        {
            ArgumentNullException.ThrowIfNull(options.Overlap);
            options.Overlap.Validate();
        }

        var field = options.Profile == SynthProfile.Field ? new FieldPopulationPlanner(options.Seed, options.Field).Plan(options.Ads) : null;
        var overlap = options.Profile == SynthProfile.Overlap ? new OverlapPopulationPlanner(options.Seed, options.Overlap).Plan(options.Ads) : null;
        var owners = field?.Owners ?? overlap?.Owners ?? new PopulationPlanner(SynthRandom.For(options.Seed, "population")).Plan(options.Ads);
        if (options.ImagesEnabled)
        {
            PhotoAllocator.Allocate(owners, options.Ads, SynthRandom.For(options.Seed, "photos"));
        }

        progress?.Report(5);
        var ads = field is not null ? ComposeField(options, field)
            : overlap is not null ? ComposeOverlap(options, overlap)
            : ComposeClassic(options.Seed, owners, options.Ads);

        ads.Sort(static (a, b) => a.PostedUtc != b.PostedUtc ? a.PostedUtc.CompareTo(b.PostedUtc) : a.Sequence.CompareTo(b.Sequence));
        for (var i = 0; i < ads.Count; i++)
        {
            ads[i].Id = "ad-" + (i + 1).ToString(ads.Count < 1_000_000 ? "000000" : "0000000", System.Globalization.CultureInfo.InvariantCulture);
        }

        progress?.Report(20);
        Directory.CreateDirectory(options.OutputDirectory);
        AdsWriter.Write(Path.Combine(options.OutputDirectory, "ads.jsonl"), ads, progress, 20, 50);
        TruthWriter.Write(Path.Combine(options.OutputDirectory, "truth.json"), options.Seed, owners, ads, field, overlap);
        progress?.Report(60);

        var images = 0;
        if (options.ImagesEnabled)
        {
            var photos = owners.SelectMany(o => o.Photos).ToArray();
            var imageDir = Path.Combine(options.OutputDirectory, "images");
            Directory.CreateDirectory(imageDir);
            var done = 0;
            var counts = new int[photos.Length];
            Parallel.For(0, photos.Length, i =>
            {
                counts[i] = ImageRenderer.Render(photos[i], options.Seed, options.OutputDirectory);
                var finished = Interlocked.Increment(ref done);
                if (finished % 50 == 0)
                {
                    progress?.Report(60 + (39 * finished / photos.Length));
                }
            });
            images = counts.Sum();
        }

        progress?.Report(100);
        var trafficking = owners.Count(o => o.Label == "trafficking");
        var posters = owners.Count(o => o.Label is "spam" or "agency");
        return new SynthResult(ads.Count, trafficking + posters, images, images + 2)
        {
            TraffickingNetworks = trafficking,
            IndependentWorkers = owners.Count(o => o.Label == "independent"),
            Posters = posters,
        };
    }

    private static List<AdRecord> ComposeClassic(long seed, List<Owner> owners, int count)
    {
        var factory = new AdFactory(seed);
        var ads = new List<AdRecord>(count);
        for (var i = 0; i < owners.Count; i++)
        {
            // One stream per owner: changing one population's phrasing never reshuffles another's.
            ads.AddRange(factory.Compose(owners[i], SynthRandom.For(seed, "owner", i)));
        }

        return ads;
    }

    private static List<AdRecord> ComposeOverlap(SynthOptions options, OverlapCorpusPlan plan)
    {
        // As in the field profile: a stream and a block of sequence numbers per owner, so scheduling changes nothing.
        var owners = plan.Owners;
        var first = new int[owners.Count];
        for (var i = 1; i < owners.Count; i++)
        {
            first[i] = first[i - 1] + owners[i - 1].AdCount;
        }

        var factory = new OverlapAdFactory(plan);
        var perOwner = new List<AdRecord>[owners.Count];
        Parallel.For(0, owners.Count, i => perOwner[i] = factory.Compose(owners[i], SynthRandom.For(options.Seed, "overlap-owner", i), first[i]));
        var ads = new List<AdRecord>(options.Ads);
        foreach (var list in perOwner)
        {
            ads.AddRange(list);
        }

        return ads;
    }

    private static List<AdRecord> ComposeField(SynthOptions options, FieldCorpusPlan plan)
    {
        // Owners compose in parallel: each has its own stream and its own block of sequence numbers, so the result
        // is the same whatever the scheduling.
        var owners = plan.Owners;
        var first = new int[owners.Count];
        for (var i = 1; i < owners.Count; i++)
        {
            first[i] = first[i - 1] + owners[i - 1].AdCount;
        }

        var factory = new FieldAdFactory(options.Seed, options.Field, plan);
        var perOwner = new List<AdRecord>[owners.Count];
        Parallel.For(0, owners.Count, i => perOwner[i] = factory.Compose(owners[i], SynthRandom.For(options.Seed, "field-owner", i), first[i]));
        var ads = new List<AdRecord>(options.Ads);
        foreach (var list in perOwner)
        {
            ads.AddRange(list);
        }

        return ads;
    }
}
