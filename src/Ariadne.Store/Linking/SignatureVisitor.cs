namespace Ariadne.Store.Linking;

/// <summary>
/// Looks at one stored text signature (little-endian uint32 values) during a scan. Returns true to receive the
/// document's id (<see cref="SignatureKeeper"/>); the id is read only then, so a scan of a million signatures
/// allocates for the few that matter.
/// </summary>
public delegate bool SignatureVisitor(ReadOnlySpan<byte> signature);
