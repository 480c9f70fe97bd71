using Ariadne.Synth.Model;

namespace Ariadne.Synth.Overlap;

/// <summary>
/// What the overlap profile adds to an owner: its population, its habits, where and with which phones it posts, and
/// its own small template (sentences, titles, contact lead-in, layout) that every one of its ads reuses with noise.
/// </summary>
internal sealed class OverlapPlan
{
    public required string Population { get; init; }

    /// <summary>Which indicators the poster has the habit of writing, in <see cref="OverlapIndicators.All"/> order.</summary>
    public required bool[] Habits { get; init; }

    /// <summary>Per indicator, the poster's favourite phrases (indices into its language's bank); most ads use one.</summary>
    public required int[][] Favourites { get; init; }

    /// <summary>The city of each stint in time order; ad i is posted in stint i·count/ads.</summary>
    public List<City> Stints { get; } = [];

    /// <summary>The phones used in turn; era k covers the k-th part of the ads in time.</summary>
    public List<PhoneNumber> Eras { get; } = [];

    /// <summary>The contact when the fiction phone ranges ran out (very large corpora): an e-mail instead of a phone.</summary>
    public string? FallbackEmail { get; set; }

    /// <summary>The poster's template sentences (filler, persona, invitation), in its order.</summary>
    public List<string> Sentences { get; } = [];

    /// <summary>The poster's titles; each ad takes one.</summary>
    public List<string> Titles { get; } = [];

    public required string ContactLead { get; init; }

    public bool ContactFirst { get; init; }

    /// <summary>Whether the poster puts each sentence on a line of its own (ads flip it now and then).</summary>
    public bool NewLines { get; init; }

    /// <summary>Per persona: the young age (19–22) the poster states when the ad carries age-18-22.</summary>
    public List<int> YoungAges { get; } = [];

    /// <summary>Per persona: an index into the languages' aligned ethnicity lists.</summary>
    public List<int> Ethnicities { get; } = [];

    /// <summary>The agency-like brand name, or null; the line also carries <see cref="Slogan"/>.</summary>
    public string? Brand { get; set; }

    public string Slogan { get; set; } = string.Empty;

    public string BrandDecoration { get; set; } = " | ";

    public bool BrandOnTop { get; set; }

    /// <summary>How the poster writes prices (0–2), fixed so one poster keeps one habit.</summary>
    public int PriceStyle { get; init; }
}
