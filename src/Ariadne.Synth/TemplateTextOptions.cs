namespace Ariadne.Synth;

/// <summary>
/// The knobs every profile that writes ads from sentence templates shares: how its ads vary a template (sentences
/// dropped or swapped, typos, emoji) and the lines unrelated posters share (platform support numbers, disclaimer
/// blocks), which a linker and a scorer must not take for a bond or for a poster's own wording.
/// </summary>
public abstract record TemplateTextOptions
{
    protected TemplateTextOptions(double sentenceDropChance, double sentenceSwapChance)
    {
        SentenceDropChance = sentenceDropChance;
        SentenceSwapChance = sentenceSwapChance;
    }

    /// <summary>Chance that an ad leaves out one of its template's sentences (each profile says which sentences it spares).</summary>
    public double SentenceDropChance { get; init; }

    /// <summary>Chance that an ad swaps a pair of adjacent template sentences.</summary>
    public double SentenceSwapChance { get; init; }

    /// <summary>Share of template words (three letters or more) with a typo; entities, their cue words and indicator phrases are written as they are.</summary>
    public double TypoRate { get; init; } = 0.03;

    /// <summary>Chance of an emoji after a template sentence.</summary>
    public double EmojiChance { get; init; } = 0.20;

    /// <summary>How many platform support numbers circulate (at most five).</summary>
    public int SupportLines { get; init; } = 3;

    /// <summary>Share of all ads (any poster) that print a support number in a footer.</summary>
    public double SupportLineShare { get; init; } = 0.10;

    /// <summary>How many distinct disclaimer blocks circulate (at most six).</summary>
    public int BoilerplateBlocks { get; init; } = 5;

    /// <summary>Share of all ads (any poster) with a disclaimer block appended.</summary>
    public double BoilerplateShare { get; init; } = 0.25;

    /// <summary>Throws when a shared option is outside the range the generator can honour.</summary>
    protected void ValidateTemplateText()
    {
        Share(SentenceDropChance, nameof(SentenceDropChance));
        Share(SentenceSwapChance, nameof(SentenceSwapChance));
        Share(TypoRate, nameof(TypoRate));
        Share(EmojiChance, nameof(EmojiChance));
        ArgumentOutOfRangeException.ThrowIfNegative(SupportLines, nameof(SupportLines));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SupportLines, 5, nameof(SupportLines));
        Share(SupportLineShare, nameof(SupportLineShare));
        ArgumentOutOfRangeException.ThrowIfNegative(BoilerplateBlocks, nameof(BoilerplateBlocks));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BoilerplateBlocks, 6, nameof(BoilerplateBlocks));
        Share(BoilerplateShare, nameof(BoilerplateShare));
    }

    protected static void Share(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A share must be between 0 and 1.");
        }
    }
}
