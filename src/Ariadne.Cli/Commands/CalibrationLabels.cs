using System.Text.Json;

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

        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            var parts = text.Split(',');
            if (parts.Length != 2 || (parts[1].Trim() is not ("1" or "0")))
            {
                if (line == 1)
                {
                    continue; // a header
                }

                throw new InvalidDataException($"{path}:{line}: expected id,label with label 1 or 0");
            }

            labels[parts[0].Trim()] = parts[1].Trim() == "1";
        }

        return labels;
    }
}
