namespace Ariadne.Testing;

/// <summary>
/// xunit fixture over the process-wide <see cref="PostgresServer"/>: use it as a class or collection fixture,
/// then call <see cref="CreateDatabaseAsync"/> for a fresh database per test. Start failures fail the tests.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The fixture was not initialised.");

    public Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default) =>
        Server.CreateDatabaseAsync(cancellationToken);

    public async Task InitializeAsync() => _server = await PostgresServer.GetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
