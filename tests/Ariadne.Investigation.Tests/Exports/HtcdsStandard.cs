using Ariadne.Testing;

namespace Ariadne.Investigation.Tests.Exports;

/// <summary>
/// The HTCDS v2.0 field list from <c>tests/data/htcds</c> (IOM, CC BY 4.0; origin in its README): each
/// field's full name (<c>Field Name including Prefix</c>) and its picklist value names.
/// </summary>
public static class HtcdsStandard
{
    public static string FieldStandardsCsv => RepoPaths.TestDataPath("htcds", "HTCDS Field Standards 2.0 - Field_Standards.csv");

    public static Dictionary<string, HashSet<string>> LoadFields()
    {
        var records = Rfc4180.Parse(File.ReadAllText(FieldStandardsCsv));
        var header = records[0].ToList();
        var name = header.IndexOf("Field Name including Prefix");
        var values = header.IndexOf("Value Names (if picklist)");
        Assert.True(name >= 0 && values >= 0, "the field standards CSV lost its columns");
        var fields = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1).Where(r => r.Length > name && r[name].Contains('_', StringComparison.Ordinal)))
        {
            fields[record[name].Trim()] = [.. (record.Length > values ? record[values] : string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        return fields;
    }
}
