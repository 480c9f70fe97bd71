using System.Data.Common;
using System.Text;
using Ariadne.Store.Model;
using Ariadne.Store.Search;

namespace Ariadne.Store.Postgres;

/// <summary>
/// Search SQL for PostgreSQL: the stored tsvector ('simple' configuration, because ads are multilingual, over the
/// text folded by <c>ariadne_fold</c>: lower case and unaccent, migration SearchFolding) matched against a tsquery
/// built from parameters. Words and phrases go through plainto_/phraseto_tsquery, which accept any text; only
/// prefixes need to_tsquery, and they reach it as a quoted run of letters and digits. AND, OR and NOT of the parsed
/// query combine those tsqueries with the tsquery operators <c>&amp;&amp;</c>, <c>||</c> and <c>!!</c>, so any
/// shape is one match.
/// </summary>
internal sealed class PostgresSearchDialect : SearchDialect
{
    private const string Fold = "ariadne_fold";

    public override bool CanMatch(SearchNode text) => text switch
    {
        TermNode => true,
        OrNode o => o.Items.All(CanMatch),
        AndNode a => a.Items.All(CanMatch),
        NotNode n => CanMatch(n.Item),
        _ => false,
    };

    public override string TextPredicate(SearchNode text, Func<object, string> addParameter)
    {
        var sb = new StringBuilder("d.").Append(StoreSchema.SearchVectorColumn).Append(" @@ ");
        Append(sb, text, addParameter);
        return sb.ToString();
    }

    // Folded like the stored text; quotes and backslashes doubled, so the prefix is one quoted lexeme.
    public override string CityPredicate(string city, Func<object, string> addParameter) =>
        $"{Fold}(d.location_raw) LIKE {Fold}({addParameter(LikePrefix(city.Trim()))}) ESCAPE '\\'";

    public override string Snippet(int length) => $"left(d.body, {length})";

    public override object ToDbTime(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static void Append(StringBuilder sb, SearchNode node, Func<object, string> add)
    {
        switch (node)
        {
            case TermNode { Term: var term }:
                switch (term.Kind)
                {
                    case SearchTermKind.Phrase:
                        sb.Append("phraseto_tsquery('simple', ").Append(Fold).Append('(').Append(add(term.Text)).Append("))");
                        break;
                    case SearchTermKind.Prefix:
                        sb.Append("to_tsquery('simple', '''' || replace(replace(").Append(Fold).Append('(').Append(add(term.Text))
                            .Append("), '\\', '\\\\'), '''', '''''') || ''':*')");
                        break;
                    default:
                        sb.Append("plainto_tsquery('simple', ").Append(Fold).Append('(').Append(add(term.Text)).Append("))");
                        break;
                }

                break;
            case OrNode o:
                Join(sb, o.Items, " || ", add);
                break;
            case AndNode a:
                Join(sb, a.Items, " && ", add);
                break;
            case NotNode n:
                sb.Append("(!! ");
                Append(sb, n.Item, add);
                sb.Append(')');
                break;
            default:
                throw new ArgumentException("Not a text node.", nameof(node));
        }
    }

    private static void Join(StringBuilder sb, IReadOnlyList<SearchNode> items, string op, Func<object, string> add)
    {
        sb.Append('(');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(op);
            }

            Append(sb, items[i], add);
        }

        sb.Append(')');
    }
}
