using Ariadne.Synth.Field;

namespace Ariadne.Synth.Model;

/// <summary>What the field profile adds to an owner: phones used in turn, the stint circuit, templates.</summary>
internal sealed class FieldPlan
{
    /// <summary>A network's phones in the order it used them; era k covers the k-th part of its ads in time.</summary>
    public List<PhoneNumber> Eras { get; } = [];

    /// <summary>A network's long-lived number that shows up in a minority of ads of every era, if it has one.</summary>
    public PhoneNumber? MainLine { get; set; }

    /// <summary>The city of each stint in time order; a network on a circuit visits its cities more than once.</summary>
    public List<City> Stints { get; } = [];

    /// <summary>A network's one to three templates; an independent's own text or her version of a stock text.</summary>
    public List<FieldTemplate> Templates { get; } = [];

    /// <summary>Whether the template is a stock text (truth names it; per-ad noise is lighter: the text is pasted).</summary>
    public bool StockText { get; set; }
}
