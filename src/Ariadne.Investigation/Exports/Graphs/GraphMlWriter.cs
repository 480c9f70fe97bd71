using System.Globalization;
using System.Text;
using System.Xml;

namespace Ariadne.Investigation.Exports.Graphs;

/// <summary>
/// Writes an <see cref="ExportGraph"/> as GraphML (http://graphml.graphdrawing.org/xmlns) that Gephi and yEd open:
/// declared keys for every attribute, an undirected graph, UTF-8 without BOM, text cleaned of characters XML
/// cannot hold. The output is a function of the graph alone (no timestamps), so the same store gives the same bytes.
/// </summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("d0", "node", "type", "string"),
        ("d1", "node", "label", "string"),
        ("d2", "node", "value", "string"),
        ("d3", "node", "posted_at", "string"),
        ("d4", "node", "location", "string"),
        ("d5", "node", "risk", "double"),
        ("d6", "node", "network", "string"),
        ("d7", "edge", "kind", "string"),
        ("d8", "edge", "reason", "string"),
        ("d9", "edge", "similarity", "double"),
    ];

    public static void Write(ExportGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            NewLineChars = "\n",
            // Keep line breaks inside values as character references, so a reader does not normalise them away.
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, kind, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", kind);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlText.Clean(node.Id));
            Data(xml, "d0", node.Type);
            Data(xml, "d1", node.Label);
            Data(xml, "d2", node.Value);
            // A posting written as a date is exported as that date, not as midnight UTC.
            Data(xml, "d3", node.PostedAtUtc?.UtcDateTime.ToString(node.PostedDateOnly ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            Data(xml, "d4", node.Location);
            Data(xml, "d5", node.Risk?.ToString("0.####", CultureInfo.InvariantCulture));
            Data(xml, "d6", node.Network);
            xml.WriteEndElement();
        }

        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", XmlText.Clean(edge.Id));
            xml.WriteAttributeString("source", XmlText.Clean(edge.Source));
            xml.WriteAttributeString("target", XmlText.Clean(edge.Target));
            Data(xml, "d7", edge.Kind);
            Data(xml, "d8", edge.Reason);
            Data(xml, "d9", edge.Similarity?.ToString("0.####", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
