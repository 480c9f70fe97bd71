namespace Ariadne.Core.Cases;

/// <summary>What a case item points at (lower-case words, as stored).</summary>
public static class CaseItemType
{
    public const string Document = "document";
    public const string Entity = "entity";
    public const string Network = "network";

    public static IReadOnlyList<string> All { get; } = [Document, Entity, Network];
}
