using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Ariadne.Store.Linking;

namespace Ariadne.Investigation.Cases.Report;

/// <summary>
/// A network drawn as a static SVG for a printed report: its ads in time order on a circle, the joining edges as
/// straight lines coloured by kind, and a legend. Deterministic (the same network draws the same bytes) and drawn
/// with SVG attributes only, so it needs no script and prints the same in every browser.
/// </summary>
public static class NetworkFigure
{
    /// <summary>Ads drawn at most; a bigger network shows its earliest ads and says so.</summary>
    public const int MaxNodes = 150;

    private const double Size = 560;
    private const double Centre = Size / 2;
    private const double Radius = 230;

    private static readonly (string Kind, string Colour)[] Colours =
    [
        ("phone", "#c0392b"), ("email", "#8e44ad"), ("handle", "#2874a6"), ("wallet", "#b9770e"), ("photo", "#138d75"), ("text", "#5d6d7e"),
    ];

    public static string ColourOf(string kind) =>
        Colours.FirstOrDefault(c => c.Kind == kind).Colour ?? "#7f8c8d";

    public static string Draw(NetworkDetail network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var members = network.Members
            .OrderBy(m => m.PostedAtUtc ?? DateTimeOffset.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(MaxNodes).ToList();
        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            // Start at twelve o'clock and go clockwise, so the oldest ad is on top.
            var angle = (2 * Math.PI * i / Math.Max(1, members.Count)) - (Math.PI / 2);
            position[members[i].Id] = (Centre + (Radius * Math.Cos(angle)), Centre + (Radius * Math.Sin(angle)));
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure\" viewBox=\"0 0 {Size} {Size + 40}\" width=\"{Size}\" height=\"{Size + 40}\" role=\"img\" aria-label=\"Network {Encode(network.Network.Id)}: {members.Count} ads and their joining edges\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>Network {Encode(network.Network.Id)}</title>");
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var edge in network.Edges)
        {
            if (position.TryGetValue(edge.DocumentA, out var a) && position.TryGetValue(edge.DocumentB, out var b))
            {
                kinds.Add(edge.Kind);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{a.X:0.#}\" y1=\"{a.Y:0.#}\" x2=\"{b.X:0.#}\" y2=\"{b.Y:0.#}\" stroke=\"{ColourOf(edge.Kind)}\" stroke-width=\"1.5\"><title>{Encode(edge.Kind + ": " + edge.Evidence)}</title></line>");
            }
        }

        foreach (var member in members)
        {
            var (x, y) = position[member.Id];
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"5\" fill=\"#1b2631\"><title>{Encode((member.Title ?? member.Id) + " (" + member.Id + ")")}</title></circle>");
        }

        var legendX = 10.0;
        foreach (var kind in kinds)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{legendX:0.#}\" y1=\"{Size + 20}\" x2=\"{legendX + 24:0.#}\" y2=\"{Size + 20}\" stroke=\"{ColourOf(kind)}\" stroke-width=\"3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{legendX + 30:0.#}\" y=\"{Size + 24}\" font-size=\"12\" font-family=\"sans-serif\">{Encode(kind)}</text>");
            legendX += 90;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
