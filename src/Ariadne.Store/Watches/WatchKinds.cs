using Ariadne.Core.Entities;

namespace Ariadne.Store.Watches;

/// <summary>Wire names of <see cref="WatchKind"/> (<c>search</c>, <c>phone</c>, …) and the entity type an identifier watch reads.</summary>
public static class WatchKinds
{
    public static string ToWireName(this WatchKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out WatchKind kind) =>
        Enum.TryParse(name?.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _);

    /// <summary>The entity type whose mentions an identifier watch matches; null for searches, networks and cities.</summary>
    public static EntityType? EntityTypeOf(WatchKind kind) => kind switch
    {
        WatchKind.Phone => EntityType.Phone,
        WatchKind.Email => EntityType.Email,
        WatchKind.Handle => EntityType.Handle,
        WatchKind.Wallet => EntityType.Crypto,
        _ => null,
    };

    /// <summary>The identifier watch kind for an entity type, or null when that type cannot be watched.</summary>
    public static WatchKind? OfEntityType(EntityType type) => type switch
    {
        EntityType.Phone => WatchKind.Phone,
        EntityType.Email => WatchKind.Email,
        EntityType.Handle => WatchKind.Handle,
        EntityType.Crypto => WatchKind.Wallet,
        _ => null,
    };
}
