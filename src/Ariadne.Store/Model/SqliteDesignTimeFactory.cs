using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ariadne.Store.Model;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context; it never opens the file.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAriadneDbContext>
{
    public SqliteAriadneDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAriadneDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
