namespace Ariadne.Synth.Model;

/// <summary>
/// Whoever posts a group of ads: a trafficking-like network (one controller), an independent worker or a
/// spam/agency poster. Shared identifiers live here so every ad of one owner draws on the same pool.
/// </summary>
internal sealed class Owner
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public required string Controller { get; init; }

    public required Lang Lang { get; init; }

    public required int AdCount { get; init; }

    public List<Person> Persons { get; } = [];

    public List<City> Cities { get; } = [];

    public List<PhoneNumber> Phones { get; } = [];

    public List<string> Emails { get; } = [];

    public List<(string Platform, string User)> Handles { get; } = [];

    public List<(string Value, string Surface)> Wallets { get; } = [];

    public List<Photo> Photos { get; } = [];

    /// <summary>The network's fixed text template: sentence indices into the phrase bank, chosen once.</summary>
    public List<string> Template { get; } = [];

    public int StartDay { get; set; }

    public int Days { get; set; }

    public string PriceStyle { get; set; } = string.Empty;

    public int BasePrice { get; set; }

    /// <summary>The field profile's additions; null in the classic profile.</summary>
    public FieldPlan? Field { get; set; }

    /// <summary>The overlap profile's additions; null in the other profiles.</summary>
    public Overlap.OverlapPlan? Overlap { get; set; }
}
