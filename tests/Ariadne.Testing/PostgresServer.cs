using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ariadne.Testing;

/// <summary>
/// A real PostgreSQL for tests, one per test process, started on first use. When <c>ARIADNE_TEST_POSTGRES</c>
/// holds a connection string that server is used; otherwise a throw-away cluster is initialised in a temp folder
/// and started on 127.0.0.1 with trust authentication, then stopped and deleted when the process exits.
/// When no server can be had, <see cref="GetAsync"/> throws with the reason: tests fail, they never skip.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>The environment variable naming an existing server to use instead of a throw-away one.</summary>
    public const string EnvironmentVariable = "ARIADNE_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> Instance = new(() => Task.Run(StartAsync));

    private PostgresServer(string adminConnectionString, string description)
    {
        AdminConnectionString = adminConnectionString;
        Description = description;
    }

    /// <summary>A connection string with the right to create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Where the server came from, for messages.</summary>
    public string Description { get; }

    /// <summary>The process-wide server; the first call starts it (a few seconds).</summary>
    public static Task<PostgresServer> GetAsync() => Instance.Value;

    /// <summary>Creates an empty database <c>test_GUID</c> and returns a connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever connections a pool still holds
    /// on it. Each one is a copy of <c>template1</c> (≈ 8 MB) plus what the test wrote, and a test run makes
    /// hundreds: kept, they filled the CI machine's disk. Best effort: a failed drop must not fail the test.
    /// </summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database;
        if (name is null || !name.StartsWith("test_", StringComparison.Ordinal))
        {
            return;
        }

        builder.Database = "postgres";
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
        }
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            await using var connection = new NpgsqlConnection(external);
            try
            {
                await connection.OpenAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
            {
                throw new InvalidOperationException(
                    $"{EnvironmentVariable} is set but that PostgreSQL cannot be reached: {ex.Message}", ex);
            }

            return new PostgresServer(external, $"{EnvironmentVariable} server");
        }

        var cluster = ThrowawayCluster.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return new PostgresServer(cluster.ConnectionString, $"throw-away cluster in {cluster.BaseDirectory}");
    }

    /// <summary>A loopback port nobody listens on at the moment of asking.</summary>
    public static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
