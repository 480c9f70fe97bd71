namespace Ariadne.Linking.Templates;

/// <summary>The shared wording of a family of near-duplicate texts, with the slots where the copies differ.</summary>
public sealed record TextTemplate(IReadOnlyList<TemplatePart> Parts, int Documents)
{
    /// <summary>Share of the template's words that are fixed text rather than slots.</summary>
    public double FixedShare { get; init; }

    /// <summary>The template as plain text with each slot shown as [ … ].</summary>
    public override string ToString() => string.Join(" ", Parts.Select(p => p.IsSlot ? "[ … ]" : p.Text));
}
