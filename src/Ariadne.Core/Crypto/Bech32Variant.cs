namespace Ariadne.Core.Crypto;

/// <summary>The checksum constant in use: BIP-173 bech32 (witness v0) or BIP-350 bech32m (v1 and later).</summary>
public enum Bech32Variant
{
    Bech32 = 1,
    Bech32m = 2,
}
