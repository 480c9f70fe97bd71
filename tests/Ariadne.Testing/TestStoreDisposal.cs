using Ariadne.Store;

namespace Ariadne.Testing;

/// <summary>Ends a test's store: disposes it and, on PostgreSQL, drops its throw-away database.</summary>
public static class TestStoreDisposal
{
    public static async Task DisposeAndDropAsync(this AriadneStore store)
    {
        var location = store.Location;
        await store.DisposeAsync();
        if (location.Kind == StoreKind.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(location.Value);
        }
    }
}
