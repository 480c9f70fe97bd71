using System.Globalization;
using Ariadne.Synth.Model;

namespace Ariadne.Synth.Images;

/// <summary>
/// Decides which owners get photos and which edited variants exist, within a file budget that grows with
/// √N and is capped, so image count is sub-linear in ads. Spam/agency posters come first (they are the hubs).
/// </summary>
internal static class PhotoAllocator
{
    public const int MaxFiles = 1500;

    private static readonly string[] Edits = ["crop", "resize", "recompress", "overlay", "mirror"];

    public static int Budget(int ads) => Math.Min(MaxFiles, Math.Max(30, (int)(20 * Math.Sqrt(ads))));

    public static int Allocate(IReadOnlyList<Owner> owners, int ads, SynthRandom rng)
    {
        var budget = Budget(ads);
        double demand = 0;
        foreach (var owner in owners)
        {
            demand += owner.Label switch { "trafficking" => (owner.Persons.Count + 1) * 3, "independent" => 2, _ => 2 };
        }

        var share = Math.Min(1.0, budget / Math.Max(1.0, demand));
        var files = 0;
        var index = 0;
        foreach (var owner in owners.OrderBy(o => o.Label is "spam" or "agency" ? 0 : 1))
        {
            var hub = owner.Label is "spam" or "agency";
            if (!hub && !rng.Chance(share))
            {
                continue;
            }

            var photos = owner.Label switch { "trafficking" => owner.Persons.Count + 1, "independent" => rng.Between(1, 2), _ => 1 };
            for (var p = 0; p < photos; p++)
            {
                var photo = new Photo
                {
                    Id = "ph-" + (++index).ToString("00000", CultureInfo.InvariantCulture),
                    Index = index,
                    Caption = owner.Label switch
                    {
                        "trafficking" => rng.Chance(0.5) ? "NEW PICS" : owner.Persons[p % owner.Persons.Count].Name.ToUpperInvariant(),
                        "independent" => owner.Persons[0].Name.ToUpperInvariant(),
                        _ => "VIP 24/7",
                    },
                };
                switch (owner.Label)
                {
                    case "trafficking":
                        var edits = Edits.ToList();
                        rng.Shuffle(edits);
                        photo.Variants.AddRange(edits.Take(2).Order(StringComparer.Ordinal));
                        break;
                    case "independent":
                        if (rng.Chance(0.3))
                        {
                            photo.Variants.Add("resize");
                        }

                        break;
                    default:
                        photo.Variants.Add("overlay");
                        break;
                }

                if (files + photo.Variants.Count > budget)
                {
                    index--;
                    return files;
                }

                files += photo.Variants.Count;
                owner.Photos.Add(photo);
            }
        }

        return files;
    }
}
