using Ariadne.Linking.Graph;

namespace Ariadne.Linking;

/// <summary>An identifier a document carries: a normalised phone, email, handle or wallet, or a photo group key.</summary>
public readonly record struct LinkIdentifier(LinkKind Kind, string Value)
{
    public override string ToString() => LinkKinds.Name(Kind) + ":" + Value;
}
