using Ariadne.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Ariadne.Investigation.Accounts;

/// <summary>
/// A <see cref="UserDirectory"/> outside the web host (the CLI): its own small service provider over the store,
/// disposed with this scope.
/// </summary>
public sealed class UserDirectoryScope : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    public UserDirectoryScope(AriadneStore store)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAriadneIdentityCore(store);
        services.AddScoped<UserDirectory>();
        _provider = services.BuildServiceProvider();
        _scope = _provider.CreateAsyncScope();
        Users = _scope.ServiceProvider.GetRequiredService<UserDirectory>();
    }

    public UserDirectory Users { get; }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
