using System.Text.Json;
using Ariadne.Analysis.Csv;

namespace Ariadne.Cli.Commands;

/// <summary>Labels for <c>ariadne model calibrate</c>: a synth truth.json, or a CSV of <c>id,label</c> (1 or 0, a header line allowed).</summary>
internal static class CalibrationLabels
{
    public static Dictionary<string, bool> Read(string path)
    {
        var labels = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            foreach (var d in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                labels[d.GetProperty("id").GetString()!] = d.GetProperty("label").GetString() == "trafficking";
            }

            return labels;
        }

        using var text = new StreamReader(path);
        using var csv = CsvTableReader.Open(text, new CsvTableOptions { HasHeader = false, Separator = ',' });
        var first = true;
        while (csv.Read())
        {
            var fields = csv.Fields();
            if (csv.Problem is null && fields.Count == 2 && fields[1].Trim() is ("1" or "0"))
            {
                labels[fields[0].Trim()] = fields[1].Trim() == "1";
            }
            else if (!first)
            {
                throw new InvalidDataException($"{path}:{csv.Line}: expected id,label with label 1 or 0");
            }

            first = false; // the first line may be a header
        }

        if (csv.Failure is { } failure)
        {
            throw new InvalidDataException($"{path}:{failure.Line}: {failure.Reason}");
        }

        return labels;
    }
}
