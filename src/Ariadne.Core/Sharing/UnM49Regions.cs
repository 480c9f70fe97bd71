namespace Ariadne.Core.Sharing;

/// <summary>
/// The UN M49 region (Africa, Americas, Asia, Europe, Oceania) of an ISO 3166-1 alpha-2 country: the last step
/// before suppression in the location hierarchy. Taiwan and Kosovo, which M49 does not list, go where their
/// neighbours are; Antarctica has no region.
/// </summary>
public static class UnM49Regions
{
    private static readonly Dictionary<string, string> Regions = Build();

    /// <summary>The region, or null for a code M49 places in none (or that is not a country code).</summary>
    public static string? RegionOf(string countryCode)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        return Regions.GetValueOrDefault(countryCode.Trim().ToUpperInvariant());
    }

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(table, "Africa",
            "DZ EG LY MA SD TN EH IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW AO CM CF TD CG CD GQ GA ST " +
            "BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG");
        Add(table, "Americas",
            "AI AG AR AW BS BB BZ BM BQ BO BV BR VG CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX MS NI " +
            "PA PY PE PR BL KN LC MF PM VC SX GS SR TT TC US VI UY VE");
        Add(table, "Asia",
            "KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN IR MV NP PK LK " +
            "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE");
        Add(table, "Europe",
            "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD BA HR GI GR VA IT MT ME MK PT " +
            "SM RS SI ES XK AT BE FR DE LI LU MC NL CH");
        Add(table, "Oceania",
            "AU NZ NF HM CX CC FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF");
        return table;
    }

    private static void Add(Dictionary<string, string> table, string region, string codes)
    {
        foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            table.Add(code, region);
        }
    }
}
