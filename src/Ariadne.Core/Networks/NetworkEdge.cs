namespace Ariadne.Core.Networks;

/// <summary>
/// One joining edge of a network: the evidence that put two documents in one network (a shared identifier, a photo
/// group, or near-duplicate text with its similarity). A network of n documents keeps its n − 1 joining edges.
/// </summary>
public sealed class NetworkEdge
{
    public long Id { get; set; }

    public required string NetworkId { get; init; }

    public required string DocumentA { get; init; }

    public required string DocumentB { get; init; }

    /// <summary>phone, email, handle, wallet, photo or text.</summary>
    public required string Kind { get; init; }

    /// <summary>The shared identifier, photo group key, or "near-duplicate text 0.83".</summary>
    public required string Evidence { get; init; }

    public double Similarity { get; init; }
}
