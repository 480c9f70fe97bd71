using System.Data.Common;
using System.Text;
using Ariadne.Core.Documents;
using Ariadne.Store.Model;

namespace Ariadne.Store.Search;

/// <summary>
/// Runs document searches as hand-written SQL: full-text match, filters and keyset paging on
/// (posted_at_utc DESC NULLS LAST, id DESC). Never OFFSET, so page 1,000 costs what page 1 costs.
/// </summary>
/// <remarks>
/// On SQLite the searcher picks the plan, because SQLite cannot know how many documents a word or an identifier
/// matches. It counts the candidates of the text, entity and city filters first (capped at <see cref="DriverCap"/>, a few
/// milliseconds on the FTS and mention indexes): when one filter has fewer, the search starts from its documents and
/// sorts them (at most that many row reads); when every filter is broad, it reads documents newest first on the best
/// ordered index and tests each (against the set of text matches built once, and with one seek on the mention index),
/// which finds a page within 51 × 1M / <see cref="DriverCap"/> index entries (25,000 at 1M documents). A driven plan
/// reads at most <see cref="DriverCap"/> table rows, each a random read of a large row, so the cap is kept low; a
/// single fixed plan cost minutes on one side or the other at 1M documents (docs/benchmarks.md, "Web app").
/// </remarks>
internal sealed class DocumentSearcher(SearchDialect dialect)
{
    /// <summary>Below this many candidates a filter leads the plan; at or above it, documents are read in page order.</summary>
    public const int DriverCap = 2_000;

    public async Task<DocumentSearchPage> SearchAsync(DbConnection connection, DocumentSearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = query.PageSize;
        if (pageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), pageSize, "PageSize must be at least 1.");
        }

        pageSize = Math.Min(pageSize, DocumentSearchQuery.MaxPageSize);
        var plan = await PlanAsync(connection, query, ct);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder()
            .Append("SELECT d.id, d.kind, d.title, ").Append(dialect.Snippet(DocumentSummary.MaxSnippetLength))
            .Append(", d.posted_at_utc, d.location_raw, d.country, d.source FROM ").Append(StoreSchema.Documents)
            .Append(" d WHERE 1=1");
        AppendFilters(sql, command, plan.Query, plan.Driver, plan);
        if (query.Cursor is not null)
        {
            var cursor = PageCursor.Decode(query.Cursor);
            var id = Add(command, cursor.Id);
            if (cursor.PostedAtUtc is { } posted)
            {
                var p = Add(command, dialect.ToDbTime(posted));
                sql.Append(" AND (d.posted_at_utc < ").Append(p)
                    .Append(" OR (d.posted_at_utc = ").Append(p).Append(" AND d.id < ").Append(id)
                    .Append(") OR d.posted_at_utc IS NULL)");
            }
            else
            {
                sql.Append(" AND d.posted_at_utc IS NULL AND d.id < ").Append(id);
            }
        }

        // One row more than asked tells whether there is a next page without a COUNT.
        sql.Append(" ORDER BY d.posted_at_utc DESC NULLS LAST, d.id DESC LIMIT ").Append(pageSize + 1);
        command.CommandText = sql.ToString();

        var items = new List<DocumentSummary>(Math.Min(pageSize, 64));
        var more = false;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (items.Count == pageSize)
                {
                    more = true;
                    break;
                }

                items.Add(new DocumentSummary(
                    reader.GetString(0),
                    ModelConventions.ParseKind(reader.GetString(1)),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetString(3),
                    dialect.ReadTime(reader, 4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7)));
            }
        }

        var next = more ? new PageCursor(items[^1].PostedAtUtc, items[^1].Id).Encode() : null;
        return new DocumentSearchPage(items, next);
    }

    public async Task<long> CountAsync(DbConnection connection, DocumentSearchQuery query, CancellationToken ct, long? cap = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = await PlanAsync(connection, query, ct);
        if (await CountOneFilterAsync(connection, plan, cap, ct) is { } direct)
        {
            return direct;
        }

        await using var command = connection.CreateCommand();
        // With a cap, counting stops there: "10,000+ matches" costs what 10,000 rows cost, however broad the query.
        var sql = new StringBuilder(cap is null ? "SELECT count(*) FROM " : "SELECT count(*) FROM (SELECT 1 FROM ")
            .Append(StoreSchema.Documents).Append(" d WHERE 1=1");
        AppendFilters(sql, command, plan.Query, plan.Driver, plan);
        if (cap is { } limit)
        {
            sql.Append(" LIMIT ").Append(limit.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(") capped");
        }

        command.CommandText = sql.ToString();
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Parses the text (refusing what <see cref="SearchLimits"/> bounds), moves its top-level field filters into the
    /// query's own filters, and picks the driver (see the class remarks). Costs one capped count per text part,
    /// entity or city filter on SQLite, and nothing on engines that plan for themselves.
    /// </summary>
    private async Task<SearchPlan> PlanAsync(DbConnection connection, DocumentSearchQuery query, CancellationToken ct)
    {
        var (hoisted, text) = Hoist(query, SearchQueryParser.Parse(query.Text, query.Identifiers));
        hoisted = hoisted with
        {
            City = hoisted.City is null ? null : SearchQueryParser.Sanitise(hoisted.City),
            Source = hoisted.Source is null ? null : SearchQueryParser.Sanitise(hoisted.Source),
        };
        if (!dialect.SearcherPicksDriver)
        {
            return new SearchPlan(hoisted, text, SearchDriver.Engine, null);
        }

        var rows = text is not null ? await CandidatesAsync(connection, text, ct) : null;
        var textCount = rows?.Count ?? long.MaxValue;
        var entity = hoisted.EntityType is not null
            ? await CappedCountAsync(connection, add => EntityCandidates(hoisted, add, distinct: false), DriverCap, ct)
            : long.MaxValue;
        var city = !string.IsNullOrWhiteSpace(hoisted.City)
            ? await CappedCountAsync(connection, add => dialect.CityCandidates(hoisted.City, add)!, DriverCap, ct)
            : long.MaxValue;
        var fewest = Math.Min(textCount, Math.Min(entity, city));
        var driver = fewest >= DriverCap ? SearchDriver.PageOrder
            : textCount == fewest ? SearchDriver.Text
            : entity == fewest ? SearchDriver.Entity
            : SearchDriver.City;
        return new SearchPlan(hoisted, text, driver, rows);
    }

    // "country:US houston" is the query Country = US with the text "houston": the field filters ANDed at the top
    // level go where the ordered indexes and the city driver serve them, unless the form's own field is set.
    private static (DocumentSearchQuery Query, SearchNode? Text) Hoist(DocumentSearchQuery query, SearchNode? text)
    {
        var items = text switch
        {
            null => [],
            AndNode a => a.Items.ToList(),
            _ => [text],
        };
        var rest = new List<SearchNode>(items.Count);
        foreach (var item in items)
        {
            if (item is not FieldNode field)
            {
                rest.Add(item);
                continue;
            }

            switch (field.Field)
            {
                case SearchField.City when string.IsNullOrWhiteSpace(query.City):
                    query = query with { City = field.Value };
                    break;
                case SearchField.Country when string.IsNullOrWhiteSpace(query.Country):
                    query = query with { Country = field.Value };
                    break;
                case SearchField.Source when string.IsNullOrWhiteSpace(query.Source):
                    query = query with { Source = field.Value };
                    break;
                case SearchField.Kind when query.Kind is null && DocumentKinds.TryParse(field.Value, out var kind):
                    query = query with { Kind = kind };
                    break;
                default:
                    rest.Add(item);
                    break;
            }
        }

        return (query, rest.Count switch
        {
            0 => null,
            1 => rest[0],
            _ => new AndNode(rest),
        });
    }

    /// <summary>
    /// The candidate documents of a query part and their capped count, or null when the part has none to offer (a
    /// negation, a country): text is one FTS query; an identifier, its mentions and its written forms; an OR, the
    /// union of its items' candidates when each has some; an AND, its narrowest item's (a superset, tested again).
    /// </summary>
    private async Task<CandidateRows?> CandidatesAsync(DbConnection connection, SearchNode node, CancellationToken ct)
    {
        Func<Func<object, string>, string>? rows = null;
        var exact = true;
        if (SearchSqlBuilder.IsText(node) && dialect.CanMatch(node))
        {
            rows = add => dialect.TextCandidates(node, add)!;
        }
        else
        {
            switch (node)
            {
                case IdentifierNode { Identifier: var id }:
                    var forms = SearchSqlBuilder.TextForms(id);
                    rows = add => "SELECT c.rowid FROM entity_mentions m JOIN " + StoreSchema.Documents + " c ON c.id = m.document_id WHERE " +
                        new SearchSqlBuilder(dialect, add).MentionCondition(id) +
                        (forms is null ? "" : " UNION " + dialect.TextCandidates(forms, add));
                    break;
                case FieldNode { Field: SearchField.City, Value: var city }:
                    rows = add => dialect.CityCandidates(city, add)!;
                    break;
                case OrNode o:
                    var union = new List<CandidateRows>();
                    foreach (var part in SearchSqlBuilder.Parts(o.Items, any: true, dialect))
                    {
                        if (await CandidatesAsync(connection, part, ct) is not { } r)
                        {
                            return null;
                        }

                        union.Add(r);
                        exact &= r.Exact;
                    }

                    rows = add => string.Join(" UNION ", union.Select(r => r.Rows(add)));
                    break;
                case AndNode a:
                    CandidateRows? narrowest = null;
                    foreach (var part in SearchSqlBuilder.Parts(a.Items, any: false, dialect))
                    {
                        if (await CandidatesAsync(connection, part, ct) is { } r && (narrowest is null || r.Count < narrowest.Count))
                        {
                            narrowest = r;
                        }
                    }

                    return narrowest is null ? null : narrowest with { Exact = false };
                default:
                    return null;
            }
        }

        var count = await CappedCountAsync(connection, rows, DriverCap, ct);
        return new CandidateRows(rows, count, exact);
    }

    /// <summary>
    /// When the text or the entity is the only filter, its own index counts the matches without reading a
    /// document: a text's exact candidates or an identifier's distinct documents. Null when the query has other filters.
    /// </summary>
    private async Task<long?> CountOneFilterAsync(DbConnection connection, SearchPlan plan, long? cap, CancellationToken ct)
    {
        var query = plan.Query;
        if (!dialect.SearcherPicksDriver || query.Kind is not null || !string.IsNullOrWhiteSpace(query.Source)
            || !string.IsNullOrWhiteSpace(query.Country) || !string.IsNullOrWhiteSpace(query.City)
            || query.PostedFromUtc is not null || query.PostedToUtc is not null || query.WithinDocuments is not null)
        {
            return null;
        }

        var limit = cap ?? long.MaxValue;
        return (plan.Text is not null, query.EntityType is not null) switch
        {
            (true, false) when plan.TextRows is { Exact: true } rows => await CappedCountAsync(connection, rows.Rows, limit, ct),
            (false, true) => await CappedCountAsync(connection, add => EntityCandidates(query, add, distinct: true), limit, ct),
            _ => null,
        };
    }

    private static async Task<long> CappedCountAsync(DbConnection connection, Func<Func<object, string>, string> rows, long cap, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        var inner = rows(value => Add(command, value));
        command.CommandText = cap == long.MaxValue
            ? $"SELECT count(*) FROM ({inner}) c"
            : $"SELECT count(*) FROM ({inner} LIMIT {cap.ToString(System.Globalization.CultureInfo.InvariantCulture)}) c";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The documents mentioning the entity, read from the (type, value, document_id) index alone.
    private static string EntityCandidates(DocumentSearchQuery query, Func<object, string> add, bool distinct)
    {
        var sql = new StringBuilder(distinct ? "SELECT DISTINCT m.document_id" : "SELECT m.document_id")
            .Append(" FROM entity_mentions m WHERE m.type = ").Append(add(query.EntityType!.Value.ToString().ToLowerInvariant()));
        if (!string.IsNullOrWhiteSpace(query.EntityValue))
        {
            sql.Append(" AND m.value = ").Append(add(query.EntityValue.Trim()));
        }

        return sql.ToString();
    }

    private void AppendFilters(StringBuilder sql, DbCommand command, DocumentSearchQuery query, SearchDriver driver, SearchPlan plan)
    {
        // When a filter drives, a unary + on the other columns keeps SQLite from starting with their indexes instead.
        var led = driver is SearchDriver.Text or SearchDriver.Entity or SearchDriver.City ? "+" : "";
        if (plan.Text is { } text)
        {
            var builder = new SearchSqlBuilder(dialect, value => Add(command, value));
            if (driver == SearchDriver.Text && plan.TextRows is { } rows)
            {
                // The text's candidates lead; a superset (the narrowest part of an AND) is tested in full as well.
                sql.Append(" AND d.rowid IN (").Append(rows.Rows(value => Add(command, value))).Append(')');
                if (!rows.Exact)
                {
                    sql.Append(" AND ").Append(builder.Predicate(text));
                }
            }
            else
            {
                sql.Append(" AND ").Append(builder.Predicate(text));
            }
        }

        if (query.Kind is { } kind)
        {
            sql.Append(" AND ").Append(led).Append("d.kind = ").Append(Add(command, kind.ToWireName()));
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            sql.Append(" AND ").Append(led).Append("d.source = ").Append(Add(command, query.Source));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            sql.Append(" AND ").Append(led).Append("d.country = ").Append(Add(command, query.Country.Trim().ToUpperInvariant()));
        }

        if (query.EntityType is not null)
        {
            if (driver == SearchDriver.Entity)
            {
                sql.Append(" AND d.id IN (").Append(EntityCandidates(query, value => Add(command, value), distinct: false)).Append(')');
            }
            else if (!string.IsNullOrWhiteSpace(query.EntityValue))
            {
                // One probe per document on the (type, value, document_id) index: an index seek, no join fan-out.
                sql.Append(" AND EXISTS (").Append(EntityCandidates(query, value => Add(command, value), distinct: false))
                    .Append(" AND m.document_id = d.id)");
            }
            else
            {
                // Type only: the document's own few mentions. On SQLite the + keeps the planner off the (type, value,
                // document_id) index, where a type-only probe would scan every mention of that type per document.
                sql.Append(" AND EXISTS (SELECT 1 FROM entity_mentions m WHERE m.document_id = d.id AND ")
                    .Append(dialect.SearcherPicksDriver ? "+" : "").Append("m.type = ")
                    .Append(Add(command, query.EntityType.Value.ToString().ToLowerInvariant())).Append(')');
            }
        }

        if (driver == SearchDriver.City)
        {
            sql.Append(" AND d.rowid IN (").Append(dialect.CityCandidates(query.City!, value => Add(command, value))).Append(')');
        }
        else if (!string.IsNullOrWhiteSpace(query.City))
        {
            sql.Append(" AND ").Append(dialect.CityPredicate(query.City, value => Add(command, value)));
        }

        if (query.PostedFromUtc is { } from)
        {
            sql.Append(" AND ").Append(led).Append("d.posted_at_utc >= ").Append(Add(command, dialect.ToDbTime(from)));
        }

        if (query.PostedToUtc is { } to)
        {
            sql.Append(" AND ").Append(led).Append("d.posted_at_utc < ").Append(Add(command, dialect.ToDbTime(to)));
        }

        if (query.WithinDocuments is { } within)
        {
            // A watch's batch of new documents: the primary key bounds the work whatever the other filters match.
            sql.Append(within.Count == 0 ? " AND 1=0" : " AND d.id IN (" + string.Join(", ", within.Select(id => Add(command, id))) + ")");
        }
    }

    private static string Add(DbCommand command, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
