namespace Ariadne.Synth.Model;

/// <summary>A gazetteer city: canonical ASCII English name, ISO country, how locals write it, and home area codes.</summary>
internal sealed record City(string Name, string Country, string Region, string LocalName, string Display, int[] AreaCodes)
{
    /// <summary>The extraction contract's location value, e.g. "Montreal, CA".</summary>
    public string Value => Name + ", " + Country;
}
