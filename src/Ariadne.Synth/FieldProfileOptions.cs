namespace Ariadne.Synth;

/// <summary>
/// The knobs of the <see cref="SynthProfile.Field"/> corpus. Every default is the value the profile is meant to
/// have (docs/data-formats.md, "Synthetic corpus"); shares are of ads unless the name says otherwise. Of the
/// template options it shares: a network ad never drops its contact sentence (unless it gives no contact), an
/// independent's own text drops half as often, and a pasted stock text drops nothing and has no typos.
/// </summary>
public sealed record FieldProfileOptions() : TemplateTextOptions(sentenceDropChance: 0.25, sentenceSwapChance: 0.30)
{
    /// <summary>Share of all ads posted by trafficking-like networks.</summary>
    public double NetworkAdShare { get; init; } = 0.30;

    /// <summary>Share of all ads posted by spam and agency posters (spam three fifths of it).</summary>
    public double PosterAdShare { get; init; } = 0.10;

    public int NetworkMinAds { get; init; } = 8;

    public int NetworkMaxAds { get; init; } = 60;

    /// <summary>Mean network size; sizes are skewed towards the small end so the mean lands here.</summary>
    public double NetworkMeanAds { get; init; } = 28;

    /// <summary>Most phones a network uses in turn (its eras), main line included.</summary>
    public int MaxPhoneEras { get; init; } = 4;

    /// <summary>Share of networks that keep one phone for their whole life.</summary>
    public double SinglePhoneNetworkShare { get; init; } = 0.30;

    /// <summary>Share of the ads near an era change (a quarter of an era on each side) that carry both numbers.</summary>
    public double HandoverShare { get; init; } = 0.15;

    /// <summary>Share of networks with a long-lived main line beside their era phones.</summary>
    public double MainLineNetworkShare { get; init; } = 0.30;

    /// <summary>Share of such a network's ads (any era) that carry the main line.</summary>
    public double MainLineAdShare { get; init; } = 0.20;

    public int MinCities { get; init; } = 2;

    public int MaxCities { get; init; } = 6;

    public int MinPersons { get; init; } = 2;

    public int MaxPersons { get; init; } = 6;

    /// <summary>Share of a network's ads without a phone of its own in plain digits (obfuscated, contact by handle or e-mail, or none).</summary>
    public double NetworkNoPlainDigitsShare { get; init; } = 0.60;

    /// <summary>Part of <see cref="NetworkNoPlainDigitsShare"/>: ads with no phone, e-mail or handle at all.</summary>
    public double NetworkNoContactShare { get; init; } = 0.05;

    /// <summary>Part of <see cref="NetworkNoPlainDigitsShare"/>: ads that give a handle or e-mail but no phone.</summary>
    public double NetworkHandleOnlyShare { get; init; } = 0.15;

    /// <summary>Share of an independent's ads that write her phone obfuscated.</summary>
    public double IndependentObfuscatedShare { get; init; } = 0.15;

    public int MaxTemplates { get; init; } = 3;

    public int MinTemplateSentences { get; init; } = 5;

    public int MaxTemplateSentences { get; init; } = 9;

    /// <summary>Chance that one ad shuffles its whole sentence order.</summary>
    public double SentenceShuffleChance { get; init; } = 0.10;

    /// <summary>Chance of a filler line from the common pool (and, squared, of a second one).</summary>
    public double FillerChance { get; init; } = 0.50;

    /// <summary>How many unrelated independents post each stock text.</summary>
    public int StockTextPosters { get; init; } = 100;

    /// <summary>Share of independents who post a stock text; the number of stock texts follows from it.</summary>
    public double StockTextIndependentShare { get; init; } = 0.35;

    /// <summary>Throws when an option is outside the range the generator can honour.</summary>
    public void Validate()
    {
        ValidateTemplateText();
        Share(NetworkAdShare, nameof(NetworkAdShare));
        Share(PosterAdShare, nameof(PosterAdShare));
        if (NetworkAdShare + PosterAdShare > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PosterAdShare), "Network and poster shares add up to more than all ads.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(NetworkMinAds, 2, nameof(NetworkMinAds));
        ArgumentOutOfRangeException.ThrowIfLessThan(NetworkMaxAds, NetworkMinAds, nameof(NetworkMaxAds));
        if (!(NetworkMeanAds > NetworkMinAds && NetworkMeanAds < (NetworkMinAds + NetworkMaxAds) / 2.0 + 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(NetworkMeanAds), "The mean network size must lie between the minimum and the middle of the size range.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPhoneEras, 1, nameof(MaxPhoneEras));
        Share(SinglePhoneNetworkShare, nameof(SinglePhoneNetworkShare));
        Share(HandoverShare, nameof(HandoverShare));
        Share(MainLineNetworkShare, nameof(MainLineNetworkShare));
        Share(MainLineAdShare, nameof(MainLineAdShare));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCities, 1, nameof(MinCities));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCities, MinCities, nameof(MaxCities));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinPersons, 1, nameof(MinPersons));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPersons, MinPersons, nameof(MaxPersons));
        Share(NetworkNoPlainDigitsShare, nameof(NetworkNoPlainDigitsShare));
        Share(NetworkNoContactShare, nameof(NetworkNoContactShare));
        Share(NetworkHandleOnlyShare, nameof(NetworkHandleOnlyShare));
        if (NetworkNoContactShare + NetworkHandleOnlyShare > NetworkNoPlainDigitsShare)
        {
            throw new ArgumentOutOfRangeException(nameof(NetworkHandleOnlyShare), "Ads without contact or with a handle only are part of the ads without plain digits.");
        }

        Share(IndependentObfuscatedShare, nameof(IndependentObfuscatedShare));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTemplates, 1, nameof(MaxTemplates));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinTemplateSentences, 4, nameof(MinTemplateSentences));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTemplateSentences, MinTemplateSentences, nameof(MaxTemplateSentences));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxTemplateSentences, 12, nameof(MaxTemplateSentences));
        Share(SentenceShuffleChance, nameof(SentenceShuffleChance));
        Share(FillerChance, nameof(FillerChance));
        ArgumentOutOfRangeException.ThrowIfLessThan(StockTextPosters, 1, nameof(StockTextPosters));
        Share(StockTextIndependentShare, nameof(StockTextIndependentShare));
    }
}
