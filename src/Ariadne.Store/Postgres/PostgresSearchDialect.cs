using System.Data.Common;
using System.Text;
using Ariadne.Store.Model;
using Ariadne.Store.Search;

namespace Ariadne.Store.Postgres;

/// <summary>
/// Search SQL for PostgreSQL: the stored tsvector ('simple' configuration, because ads are multilingual) matched
/// against a tsquery built from parameters. Words and phrases go through plainto_/phraseto_tsquery, which accept
/// any text; only prefixes need to_tsquery, and they reach it as a quoted run of letters and digits.
/// </summary>
internal sealed class PostgresSearchDialect : SearchDialect
{
    public override string TextPredicate(IReadOnlyList<SearchTerm> terms, Func<object, string> addParameter)
    {
        var sb = new StringBuilder("d.").Append(StoreSchema.SearchVectorColumn).Append(" @@ (");
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(" && ");
            }

            var term = terms[i];
            switch (term.Kind)
            {
                case SearchTermKind.Phrase:
                    sb.Append("phraseto_tsquery('simple', ").Append(addParameter(term.Text)).Append(')');
                    break;
                case SearchTermKind.Prefix:
                    var lexeme = "'" + term.Text.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "':*";
                    sb.Append("to_tsquery('simple', ").Append(addParameter(lexeme)).Append(')');
                    break;
                default:
                    sb.Append("plainto_tsquery('simple', ").Append(addParameter(term.Text)).Append(')');
                    break;
            }
        }

        return sb.Append(')').ToString();
    }

    public override string Snippet(int length) => $"left(d.body, {length})";

    public override object ToDbTime(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
