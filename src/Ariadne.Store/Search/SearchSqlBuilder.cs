using System.Text;
using Ariadne.Store.Model;

namespace Ariadne.Store.Search;

/// <summary>
/// Turns a parsed query into SQL on documents aliased <c>d</c>, every user string a parameter. The largest parts of
/// pure text become one full-text match each (one FTS5 MATCH, one tsquery); identifiers, fields and the combinations
/// the engine's text syntax cannot say become SQL AND, OR and NOT around them.
/// </summary>
internal sealed class SearchSqlBuilder(SearchDialect dialect, Func<object, string> add)
{
    /// <summary>A predicate that holds for the documents the node matches (probe forms: see <see cref="SearchDialect.TextProbe"/>).</summary>
    public string Predicate(SearchNode node)
    {
        if (IsText(node) && dialect.CanMatch(node))
        {
            return dialect.TextProbe(node, add);
        }

        return node switch
        {
            AndNode a => "(" + string.Join(" AND ", Parts(a.Items, any: false, dialect).Select(Predicate)) + ")",
            OrNode o => "(" + string.Join(" OR ", Parts(o.Items, any: true, dialect).Select(Predicate)) + ")",
            NotNode n => "NOT (" + Predicate(n.Item) + ")",
            IdentifierNode i => Identifier(i.Identifier),
            FieldNode f => Field(f),
            _ => throw new ArgumentException("Unknown search node.", nameof(node)),
        };
    }

    /// <summary>
    /// The items of an AND or OR with its text items merged into one node when the engine can match them at once
    /// ("escort -agency phone:…" is one MATCH and one identifier test, not three tests).
    /// </summary>
    public static List<SearchNode> Parts(IReadOnlyList<SearchNode> items, bool any, SearchDialect dialect)
    {
        var text = items.Where(IsText).ToList();
        if (text.Count < 2)
        {
            return [.. items];
        }

        SearchNode merged = any ? new OrNode(text) : new AndNode(text);
        if (!dialect.CanMatch(merged))
        {
            return [.. items];
        }

        return [merged, .. items.Where(i => !IsText(i))];
    }

    /// <summary>True for terms and AND/OR/NOT of terms only.</summary>
    public static bool IsText(SearchNode node) => node switch
    {
        TermNode => true,
        AndNode a => a.Items.All(IsText),
        OrNode o => o.Items.All(IsText),
        NotNode n => IsText(n.Item),
        _ => false,
    };

    /// <summary>The written forms of an identifier as one text node (phrases ORed), or null when it has none.</summary>
    public static SearchNode? TextForms(SearchIdentifier identifier)
    {
        var forms = identifier.TextForms
            .Where(SearchQueryParser.HasLetterOrDigit)
            .Distinct(StringComparer.Ordinal)
            .Select(f => (SearchNode)new TermNode(new SearchTerm(SearchTermKind.Phrase, f)))
            .ToList();
        return forms.Count switch
        {
            0 => null,
            1 => forms[0],
            _ => new OrNode(forms),
        };
    }

    /// <summary>
    /// The mentions of the identifier's values: "m.type = … AND m.value IN (…)" on the (type, value, document_id)
    /// index, for the caller to finish with its own join to documents.
    /// </summary>
    public string MentionCondition(SearchIdentifier identifier)
    {
        var sb = new StringBuilder("m.type = ").Append(add(identifier.Type.ToString().ToLowerInvariant())).Append(" AND m.value IN (");
        for (var i = 0; i < identifier.Values.Count; i++)
        {
            sb.Append(i > 0 ? ", " : "").Append(add(identifier.Values[i]));
        }

        return sb.Append(')').ToString();
    }

    // Mentioned (one seek per value on the mention index) or written in the text.
    private string Identifier(SearchIdentifier identifier)
    {
        var sql = new StringBuilder("(EXISTS (SELECT 1 FROM ").Append("entity_mentions m WHERE ")
            .Append(MentionCondition(identifier)).Append(" AND m.document_id = d.id)");
        if (TextForms(identifier) is { } forms)
        {
            sql.Append(" OR ").Append(dialect.TextProbe(forms, add));
        }

        return sql.Append(')').ToString();
    }

    // Columns that may be NULL are compared inside coalesce, so that NOT of a field keeps documents without it.
    private string Field(FieldNode field) => field.Field switch
    {
        SearchField.City => "coalesce(" + dialect.CityPredicate(field.Value, add) + ", FALSE)",
        SearchField.Country => "coalesce(d.country = " + add(field.Value) + ", FALSE)",
        SearchField.Kind => "d.kind = " + add(field.Value),
        _ => "coalesce(d.source = " + add(field.Value) + ", FALSE)",
    };
}
