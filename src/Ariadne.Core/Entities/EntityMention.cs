namespace Ariadne.Core.Entities;

/// <summary>One place in a document's text where an entity is mentioned.</summary>
public sealed class EntityMention
{
    public long Id { get; set; }

    public required string DocumentId { get; init; }

    public EntityType Type { get; init; }

    /// <summary>The normalised value (E.164 phone, lower-case email, <c>platform:user</c> handle...).</summary>
    public required string Value { get; init; }

    /// <summary>UTF-16 offset of the first character in the document body.</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 offset one past the last character (exclusive).</summary>
    public int End { get; init; }

    /// <summary>True when the value was not written plainly (spelled digits, look-alike letters...).</summary>
    public bool Obfuscated { get; init; }
}
