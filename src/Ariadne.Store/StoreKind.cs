namespace Ariadne.Store;

/// <summary>The database engine behind a store.</summary>
public enum StoreKind
{
    /// <summary>An embedded SQLite file: the default, for one analyst or a demo.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server: for teams.</summary>
    Postgres = 1,
}
