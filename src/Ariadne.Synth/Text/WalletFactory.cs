using Ariadne.Core.Crypto;

namespace Ariadne.Synth.Text;

/// <summary>
/// Checksum-valid addresses from seeded random payloads (nobody holds their keys): BTC P2PKH and P2WPKH,
/// ETH in EIP-55 case, LTC P2PKH and TRX. Returns the contract value and the surface to print.
/// </summary>
internal static class WalletFactory
{
    public static (string Value, string Surface) Create(SynthRandom rng)
    {
        Span<byte> hash = stackalloc byte[20];
        rng.Fill(hash);
        switch (rng.Next(6))
        {
            case 0:
            case 1:
                var p2pkh = Base58Check.Encode(0x00, hash);
                return ("btc:" + p2pkh, p2pkh);
            case 2:
                var segwit = SegwitAddress.Encode("bc", 0, hash);
                return ("btc:" + segwit, segwit);
            case 3:
                var eth = Eip55.ToChecksumAddress(hash);
                return ("eth:" + eth, eth);
            case 4:
                var ltc = Base58Check.Encode(0x30, hash);
                return ("ltc:" + ltc, ltc);
            default:
                var trx = Base58Check.Encode(0x41, hash);
                return ("trx:" + trx, trx);
        }
    }

    /// <summary>The word ads put before an address of this kind.</summary>
    public static string Label(string value) => value[..3] switch
    {
        "btc" => "BTC",
        "eth" => "ETH",
        "ltc" => "LTC",
        _ => "USDT (TRC20)",
    };
}
