using Ariadne.Linking.Networks;
using PhoneNumbers;

namespace Ariadne.Web.Networks;

/// <summary>
/// A network's readable name, "+1 713-555-0171 · Houston (n3f2a…)": its most-shared phone (else e-mail, handle,
/// wallet, else the persona name its ads use), its main city, and its hash id beside them, because a bare
/// "n3f2a9…" is remembered by no one. Computed here only, so every page names a network the same way.
/// </summary>
public static class NetworkName
{
    /// <summary>Characters of the id shown beside the name ("n" and 5 hex digits); the full id is in the link.</summary>
    public const int ShortIdLength = 6;

    private static readonly string[] KindOrder = ["phone", "email", "handle", "wallet"];

    /// <summary>The name without the id: the lead identifier and the main city, or "no shared identifier".</summary>
    /// <param name="identifierEdges">The network's (kind, value, edges) rows from <c>CountIdentifierEdgesAsync</c>.</param>
    public static string Describe(IEnumerable<(string Kind, string Value, int Edges)> identifierEdges, NetworkSummary? summary)
    {
        ArgumentNullException.ThrowIfNull(identifierEdges);
        var lead = identifierEdges
            .Where(e => Array.IndexOf(KindOrder, e.Kind) >= 0)
            .OrderBy(e => Array.IndexOf(KindOrder, e.Kind))
            .ThenByDescending(e => e.Edges)
            .ThenBy(e => e.Value, StringComparer.Ordinal)
            .Select(e => Readable(e.Kind, e.Value))
            .FirstOrDefault();
        lead ??= summary is { Names.Count: > 0 } ? "persona “" + summary.Names[0] + "”" : "no shared identifier";
        return MainCity(summary) is { } city ? lead + " · " + city : lead;
    }

    /// <summary>The (kind, value, edges) rows of a network whose edges are already loaded (the network page).</summary>
    public static IReadOnlyList<(string Kind, string Value, int Edges)> IdentifierEdges(IEnumerable<Ariadne.Core.Networks.NetworkEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        return [.. edges.Where(e => Array.IndexOf(KindOrder, e.Kind) >= 0).GroupBy(e => (e.Kind, e.Evidence)).Select(g => (g.Key.Kind, g.Key.Evidence, g.Count()))];
    }

    /// <summary>The full name with the short id: "+1 713-555-0171 · Houston (n3f2a…)".</summary>
    public static string Full(string networkId, IEnumerable<(string Kind, string Value, int Edges)> identifierEdges, NetworkSummary? summary) =>
        Describe(identifierEdges, summary) + " (" + ShortId(networkId) + ")";

    public static string ShortId(string networkId)
    {
        ArgumentException.ThrowIfNullOrEmpty(networkId);
        return networkId.Length <= ShortIdLength ? networkId : networkId[..ShortIdLength] + "…";
    }

    /// <summary>The city with the most dated ads in the movement (ties: the earliest), without its country code.</summary>
    public static string? MainCity(NetworkSummary? summary)
    {
        if (summary is null)
        {
            return null;
        }

        var city = summary.Movement.Count > 0
            ? summary.Movement.GroupBy(s => s.City, StringComparer.Ordinal).OrderByDescending(g => g.Sum(s => s.Ads)).First().Key
            : summary.Cities.Count > 0 ? summary.Cities[0] : null;
        if (string.IsNullOrWhiteSpace(city))
        {
            return null;
        }

        var comma = city.LastIndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && city.Length - comma <= 4 ? city[..comma] : city;
    }

    /// <summary>A phone in international format ("+1 713-555-0171"); other identifiers as stored.</summary>
    public static string Readable(string kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (kind != "phone")
        {
            return value;
        }

        try
        {
            var util = PhoneNumberUtil.GetInstance();
            return util.Format(util.Parse(value, null), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return value; // stored phones are E.164, so this is only a defence against an odd stored value
        }
    }
}
