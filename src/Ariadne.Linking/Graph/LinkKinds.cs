using Ariadne.Core.Entities;

namespace Ariadne.Linking.Graph;

/// <summary>Maps entity types onto link kinds and link kinds onto their stored names.</summary>
public static class LinkKinds
{
    /// <summary>The entity types that identify a poster; names, ages, cities and prices describe, they do not link.</summary>
    public static LinkKind? FromEntity(EntityType type) => type switch
    {
        EntityType.Phone => LinkKind.Phone,
        EntityType.Email => LinkKind.Email,
        EntityType.Handle => LinkKind.Handle,
        EntityType.Crypto => LinkKind.Wallet,
        _ => null,
    };

    public static string Name(LinkKind kind) => kind switch
    {
        LinkKind.Phone => "phone",
        LinkKind.Email => "email",
        LinkKind.Handle => "handle",
        LinkKind.Wallet => "wallet",
        LinkKind.Photo => "photo",
        LinkKind.Text => "text",
        LinkKind.Template => "template",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static LinkKind Parse(string name) => name switch
    {
        "phone" => LinkKind.Phone,
        "email" => LinkKind.Email,
        "handle" => LinkKind.Handle,
        "wallet" => LinkKind.Wallet,
        "photo" => LinkKind.Photo,
        "text" => LinkKind.Text,
        "template" => LinkKind.Template,
        _ => throw new FormatException($"unknown link kind '{name}'"),
    };
}
