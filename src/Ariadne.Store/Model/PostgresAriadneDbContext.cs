using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Model;

/// <summary>The context for PostgreSQL stores; migrations in <c>Migrations/Postgres</c>.</summary>
public class PostgresAriadneDbContext : AriadneDbContext
{
    public PostgresAriadneDbContext(DbContextOptions<PostgresAriadneDbContext> options)
        : base(options)
    {
    }

    protected PostgresAriadneDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public override StoreKind Kind => StoreKind.Postgres;
}
