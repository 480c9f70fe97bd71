namespace Ariadne.Core.Networks;

/// <summary>Membership of a document in a network.</summary>
public sealed class NetworkMember
{
    public required string NetworkId { get; init; }

    public required string DocumentId { get; init; }
}
