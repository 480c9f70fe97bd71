using System.Data.Common;
using System.Text;
using Ariadne.Core.Documents;
using Ariadne.Store.Model;

namespace Ariadne.Store.Search;

/// <summary>
/// Runs document searches as hand-written SQL: full-text match, filters and keyset paging on
/// (posted_at_utc DESC NULLS LAST, id DESC). Never OFFSET, so page 1,000 costs what page 1 costs.
/// </summary>
internal sealed class DocumentSearcher(SearchDialect dialect)
{
    public async Task<DocumentSearchPage> SearchAsync(DbConnection connection, DocumentSearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = query.PageSize;
        if (pageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), pageSize, "PageSize must be at least 1.");
        }

        pageSize = Math.Min(pageSize, DocumentSearchQuery.MaxPageSize);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder()
            .Append("SELECT d.id, d.kind, d.title, ").Append(dialect.Snippet(DocumentSummary.MaxSnippetLength))
            .Append(", d.posted_at_utc, d.location_raw, d.country, d.source FROM ").Append(StoreSchema.Documents)
            .Append(" d WHERE 1=1");
        AppendFilters(sql, command, query);
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
        await using var command = connection.CreateCommand();
        // With a cap, counting stops there: "10,000+ matches" costs what 10,000 rows cost, however broad the query.
        var sql = new StringBuilder(cap is null ? "SELECT count(*) FROM " : "SELECT count(*) FROM (SELECT 1 FROM ")
            .Append(StoreSchema.Documents).Append(" d WHERE 1=1");
        AppendFilters(sql, command, query);
        if (cap is { } limit)
        {
            sql.Append(" LIMIT ").Append(limit.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(") capped");
        }

        command.CommandText = sql.ToString();
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private void AppendFilters(StringBuilder sql, DbCommand command, DocumentSearchQuery query)
    {
        var terms = SearchTextParser.Parse(query.Text);
        if (terms.Count > 0)
        {
            sql.Append(" AND ").Append(dialect.TextPredicate(terms, value => Add(command, value)));
        }

        if (query.Kind is { } kind)
        {
            sql.Append(" AND d.kind = ").Append(Add(command, kind.ToWireName()));
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            sql.Append(" AND d.source = ").Append(Add(command, query.Source));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            sql.Append(" AND d.country = ").Append(Add(command, query.Country.Trim().ToUpperInvariant()));
        }

        if (query.EntityType is { } entityType)
        {
            // EXISTS over the (type, value) index: one probe per candidate document, no join fan-out.
            sql.Append(" AND EXISTS (SELECT 1 FROM entity_mentions m WHERE m.document_id = d.id AND m.type = ")
                .Append(Add(command, entityType.ToString().ToLowerInvariant()));
            if (!string.IsNullOrWhiteSpace(query.EntityValue))
            {
                sql.Append(" AND m.value = ").Append(Add(command, query.EntityValue.Trim()));
            }

            sql.Append(')');
        }

        if (!string.IsNullOrWhiteSpace(query.City))
        {
            sql.Append(" AND lower(d.location_raw) LIKE ").Append(Add(command, LikePrefix(query.City))).Append(" ESCAPE '\\'");
        }

        if (query.PostedFromUtc is { } from)
        {
            sql.Append(" AND d.posted_at_utc >= ").Append(Add(command, dialect.ToDbTime(from)));
        }

        if (query.PostedToUtc is { } to)
        {
            sql.Append(" AND d.posted_at_utc < ").Append(Add(command, dialect.ToDbTime(to)));
        }
    }

    // The user's text is a literal prefix: LIKE's wildcards in it are escaped, not interpreted.
    private static string LikePrefix(string city) =>
        city.Trim().ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static string Add(DbCommand command, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
