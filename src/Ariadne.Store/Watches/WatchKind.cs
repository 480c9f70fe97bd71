namespace Ariadne.Store.Watches;

/// <summary>What a watch follows; stored by its lower-case wire name (<see cref="WatchKinds"/>).</summary>
public enum WatchKind
{
    Search = 0,
    Phone = 1,
    Email = 2,
    Handle = 3,
    Wallet = 4,
    Network = 5,
    City = 6,
}
