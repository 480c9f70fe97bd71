using System.Text;

namespace Ariadne.Synth.Field;

/// <summary>
/// A sentence drawn once from the phrase grammar: every choice made, slots left for each ad to fill. A template is a
/// handful of these; a stock text's posters re-pick a choice or two to make the text their own.
/// </summary>
internal sealed class GrammarSentence
{
    public GrammarSentence(SentenceKind kind, char tag, GrammarPart[] parts)
    {
        Kind = kind;
        Tag = tag;
        Parts = parts;
    }

    public SentenceKind Kind { get; }

    /// <summary>The indicator the wording carries: 'y' youth-coded, 't' third party, 'n' new in town, or '\0'.</summary>
    public char Tag { get; }

    public IReadOnlyList<GrammarPart> Parts { get; }

    /// <summary>The sentence with its slots as "{NAME}": equal keys mean the same sentence.</summary>
    public string Key
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var part in Parts)
            {
                sb.Append(part.Kind == PartKind.Slot ? "{" + part.Text + "}" : part.Text);
            }

            return sb.ToString();
        }
    }

    /// <summary>A copy with one choice made again (a different word or phrase), or this sentence when it has none.</summary>
    public GrammarSentence Repick(SynthRandom rng)
    {
        var picks = new List<int>();
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i].Kind == PartKind.Pick && Parts[i].Choices.Length > 1)
            {
                picks.Add(i);
            }
        }

        if (picks.Count == 0)
        {
            return this;
        }

        var at = rng.Pick(picks);
        var part = Parts[at];
        var index = (part.Index + 1 + rng.Next(part.Choices.Length - 1)) % part.Choices.Length;
        var parts = Parts.ToArray();
        parts[at] = part with { Index = index };
        return new GrammarSentence(Kind, Tag, parts);
    }
}
