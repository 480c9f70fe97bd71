using Ariadne.Core.Entities;

namespace Ariadne.Extraction;

/// <summary>Wire names of entity types as the extract contract and the store write them.</summary>
public static class EntityTypeNames
{
    public static string Of(EntityType type) => type switch
    {
        EntityType.Phone => "phone",
        EntityType.Email => "email",
        EntityType.Url => "url",
        EntityType.Handle => "handle",
        EntityType.Crypto => "crypto",
        EntityType.Age => "age",
        EntityType.Price => "price",
        EntityType.Name => "name",
        EntityType.Location => "location",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    public static bool TryParse(string name, out EntityType type)
    {
        foreach (var t in Enum.GetValues<EntityType>())
        {
            if (string.Equals(Of(t), name, StringComparison.Ordinal))
            {
                type = t;
                return true;
            }
        }

        type = default;
        return false;
    }
}
