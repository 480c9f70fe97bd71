using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Model;

/// <summary>The context for SQLite stores; migrations in <c>Migrations/Sqlite</c>.</summary>
public class SqliteAriadneDbContext : AriadneDbContext
{
    public SqliteAriadneDbContext(DbContextOptions<SqliteAriadneDbContext> options)
        : base(options)
    {
    }

    protected SqliteAriadneDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public override StoreKind Kind => StoreKind.Sqlite;
}
