using System.Text;

namespace Ariadne.Store.Search;

/// <summary>
/// Builds an SQLite FTS5 MATCH expression from parsed terms. Every term is a double-quoted FTS5 string (inner
/// quotes doubled), so operators, column filters and NEAR in user text are just characters.
/// </summary>
internal static class Fts5Query
{
    public static string Build(IReadOnlyList<SearchTerm> terms)
    {
        var sb = new StringBuilder();
        foreach (var term in terms)
        {
            if (sb.Length > 0)
            {
                sb.Append(" AND ");
            }

            sb.Append('"').Append(term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (term.Kind == SearchTermKind.Prefix)
            {
                sb.Append('*');
            }
        }

        return sb.ToString();
    }
}
