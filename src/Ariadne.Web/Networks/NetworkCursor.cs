using System.Globalization;

namespace Ariadne.Web.Networks;

/// <summary>The networks list's keyset cursor, "size-id" (the last row's size and id), readable in the URL.</summary>
public static class NetworkCursor
{
    public static string Format(int size, string id) => size.ToString(CultureInfo.InvariantCulture) + "-" + id;

    public static (int Size, string Id)? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var dash = cursor.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && int.TryParse(cursor.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && dash < cursor.Length - 1
            ? (size, cursor[(dash + 1)..])
            : null;
    }
}
