using System.Text;
using Ariadne.Core.Documents;
using Ariadne.Investigation.Exports;
using Ariadne.Investigation.Exports.Graphs;

namespace Ariadne.Investigation.Tests.Exports;

/// <summary>A posting written as a date is exported as that date, an instant as its UTC time.</summary>
public sealed class DateOnlyExportTests
{
    [Fact]
    public void GraphMl_prints_a_date_only_posting_as_its_date_and_an_instant_in_full()
    {
        Assert.True(PostedAtParser.TryParse("August 22, 2026", "US", out var date));
        Assert.True(PostedAtParser.TryParse("2026-08-22T00:00:00Z", "US", out var midnight));
        var graph = ExportGraphBuilder.Build(
            [new ExportDocument("d1", DocumentKind.Ad, "dated", date, null, "US", null, "August 22, 2026"),
             new ExportDocument("d2", DocumentKind.Ad, "timed", midnight, null, "US", null, "2026-08-22T00:00:00Z")],
            [], [], new Dictionary<string, double>());
        using var output = new MemoryStream();

        GraphMlWriter.Write(graph, output);

        var xml = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("<data key=\"d3\">2026-08-22</data>", xml, StringComparison.Ordinal);
        Assert.Contains("<data key=\"d3\">2026-08-22T00:00:00Z</data>", xml, StringComparison.Ordinal);
        Assert.Equal(1, xml.Split("2026-08-22T00:00:00Z").Length - 1);
    }
}
