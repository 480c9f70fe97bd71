using System.Text;
using System.Xml.Linq;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Investigation.Exports;
using Ariadne.Investigation.Exports.Graphs;
using Ariadne.Store.Insights;
using FsCheck.Xunit;

namespace Ariadne.Investigation.Tests.Exports;

/// <summary>Whatever the text in titles, places and identifiers, the GraphML parses, keeps every node and edge, and loses only what XML cannot hold.</summary>
public sealed class GraphMlProperties
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    [Property(MaxTest = 300)]
    public void Hostile_text_always_gives_valid_graphml(string title, string location, string value, int seed)
    {
        var random = new Random(seed);
        var noisy = Noise(random, title);
        var documents = new List<ExportDocument>
        {
            new("d1", DocumentKind.Ad, noisy, null, Noise(random, location), null, "n1"),
            new("d2", DocumentKind.Tip, Noise(random, title + "\u0000"), DateTimeOffset.UnixEpoch, null, "US", "n1"),
        };
        var identifiers = new List<DocumentEntity> { new("d1", EntityType.Phone, Noise(random, value)), new("d2", EntityType.Phone, Noise(random, value) + "x") };
        var edges = new List<Ariadne.Core.Networks.NetworkEdge> { new() { NetworkId = "n1", DocumentA = "d1", DocumentB = "d2", Kind = "text", Evidence = Noise(random, value), Similarity = 0.9 } };
        var graph = ExportGraphBuilder.Build(documents, identifiers, edges, new Dictionary<string, double>());

        using var output = new MemoryStream();
        GraphMlWriter.Write(graph, output);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(output.ToArray()), LoadOptions.PreserveWhitespace);

        Assert.Equal(graph.Nodes.Count, xml.Descendants(G + "node").Count());
        Assert.Equal(graph.Edges.Count, xml.Descendants(G + "edge").Count());
        var label = xml.Descendants(G + "node").First().Elements(G + "data").Single(d => d.Attribute("key")!.Value == "d1").Value;
        Assert.Equal(XmlText.Clean(noisy) is var clean && string.IsNullOrWhiteSpace(clean) ? "d1" : clean, label);
    }

    [Property(MaxTest = 300)]
    public void Cleaning_keeps_every_character_xml_can_hold(string text)
    {
        var cleaned = XmlText.Clean(text);
        Assert.Null(Record.Exception(() => System.Xml.XmlConvert.VerifyXmlChars(cleaned)));
        Assert.True(cleaned.Length <= (text ?? string.Empty).Length);
        if (text is not null && text.All(c => c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c >= '\uE000' && c < '\uFFFE')))
        {
            Assert.Equal(text, cleaned);
        }
    }

    /// <summary>The generated string with control characters, lone surrogates, markup and an emoji spliced in at random places.</summary>
    private static string Noise(Random random, string? text)
    {
        var pieces = new[] { "\u0001", "\u001F", "\uD800", "\uDFFF", "\uFFFE", "<", "&", "\"", "]]>", "\r\n", "😀", "\u0000", "'" };
        var builder = new StringBuilder(text ?? string.Empty);
        for (var i = random.Next(5); i > 0; i--)
        {
            builder.Insert(random.Next(builder.Length + 1), pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }
}
