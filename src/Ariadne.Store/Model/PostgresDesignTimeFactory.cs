using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ariadne.Store.Model;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context; generating migrations needs no server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAriadneDbContext>
{
    public PostgresAriadneDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAriadneDbContext>()
            .UseNpgsql("Host=localhost;Database=ariadne_design")
            .Options);
}
