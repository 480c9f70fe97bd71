using Ariadne.Testing;

namespace Ariadne.Store.Tests;

/// <summary>
/// Opens a fresh, empty store of <see cref="Kind"/> for every test: a new SQLite file, or a new database on the
/// test PostgreSQL. Store tests derive from this once and get one concrete class per engine.
/// </summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    protected abstract StoreKind Kind { get; }

    protected TempDirectory Temp { get; } = new();

    protected AriadneStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var location = Kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(Temp.Combine("nested", "folder", "ariadne.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        Store = await AriadneStore.OpenAsync(location);
    }

    public async Task DisposeAsync()
    {
        if (Store is not null)
        {
            await Store.DisposeAndDropAsync();
        }

        Temp.Dispose();
    }
}
