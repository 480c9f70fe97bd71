using Ariadne.Testing;
using Npgsql;

namespace Ariadne.Store.Tests;

public sealed class PostgresUnavailableTests
{
    [Fact]
    public async Task A_port_with_nothing_listening_gives_a_clear_store_unavailable_error()
    {
        var port = PostgresServer.FindFreePort();
        var location = StoreLocation.Postgres($"Host=127.0.0.1;Port={port};Database=ariadne;Username=ariadne;Password=hunter2;Timeout=5");

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => AriadneStore.OpenAsync(location));

        Assert.Contains($"127.0.0.1:{port}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("refused", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_gives_a_clear_store_unavailable_error()
    {
        var server = await PostgresServer.GetAsync();
        var settings = new NpgsqlConnectionStringBuilder(server.AdminConnectionString)
        {
            Username = "no_such_user_" + Guid.NewGuid().ToString("N")[..8],
            Database = "ariadne",
            Password = "hunter2",
        };

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => AriadneStore.OpenAsync(StoreLocation.Postgres(settings.ConnectionString)));

        Assert.Contains(settings.Username, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }
}
