using System.Data.Common;
using Ariadne.Store.Model;
using Ariadne.Store.Search;

namespace Ariadne.Store.Sqlite;

/// <summary>Search SQL for SQLite: FTS5 MATCH on the external-content table, times as Unix milliseconds.</summary>
internal sealed class SqliteSearchDialect : SearchDialect
{
    public override string TextPredicate(IReadOnlyList<SearchTerm> terms, Func<object, string> addParameter) =>
        $"d.rowid IN (SELECT rowid FROM {StoreSchema.DocumentsFts} WHERE {StoreSchema.DocumentsFts} MATCH {addParameter(Fts5Query.Build(terms))})";

    public override string Snippet(int length) => $"substr(d.body, 1, {length})";

    public override object ToDbTime(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public override DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
