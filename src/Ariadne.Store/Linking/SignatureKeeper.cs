namespace Ariadne.Store.Linking;

/// <summary>Receives a stored signature that a <see cref="SignatureVisitor"/> wanted, with its document id.</summary>
public delegate void SignatureKeeper(string documentId, ReadOnlySpan<byte> signature);
