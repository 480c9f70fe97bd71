using Ariadne.Core.Entities;

namespace Ariadne.Investigation.Search;

/// <summary>
/// The wire names of entity types (<c>phone</c>, <c>email</c>, …) in URLs, search filters and the CLI, so every
/// caller reads and writes them the same way.
/// </summary>
public static class EntityTypeNames
{
    public static string Of(EntityType type) => type.ToString().ToLowerInvariant();

    /// <summary>Parses a wire name, ignoring case; numbers are refused although <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> accepts them.</summary>
    public static bool TryParse(string? name, out EntityType type) =>
        Enum.TryParse(name, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(name, out _);
}
