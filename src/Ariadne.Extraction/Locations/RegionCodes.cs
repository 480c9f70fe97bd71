namespace Ariadne.Extraction.Locations;

/// <summary>
/// Codes written after a city ("Portland, OR", "London, ON", "Perth, WA", "Leeds, UK") and the countries they
/// name. Some are shared ("WA" is Washington and Western Australia; "CA" California or Canada): the city decides.
/// </summary>
internal static class RegionCodes
{
    private static readonly string[] UsStates =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ];

    private static readonly string[] CaProvinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

    private static readonly string[] AuStates = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"];

    private static readonly Dictionary<string, string[]> ByCode = Build();

    public static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string[]> Build()
    {
        var d = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string code, string country)
        {
            if (!d.TryGetValue(code, out var list))
            {
                d[code] = list = [];
            }

            if (!list.Contains(country))
            {
                list.Add(country);
            }
        }

        foreach (var s in UsStates)
        {
            Add(s, "US");
        }

        foreach (var p in CaProvinces)
        {
            Add(p, "CA");
        }

        foreach (var s in AuStates)
        {
            Add(s, "AU");
        }

        // Country codes as people write them after a city.
        Add("UK", "GB");
        Add("GB", "GB");
        Add("USA", "US");
        Add("US", "US");
        Add("CA", "CA");
        Add("AU", "AU");
        Add("MX", "MX");
        Add("BR", "BR");
        Add("ES", "ES");
        Add("FR", "FR");
        Add("PT", "PT");
        return d.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
