namespace Ariadne.Core.Crypto;

/// <summary>
/// Segwit addresses (BIP-173 / BIP-350): witness version 0 uses bech32 and a 20- or 32-byte program;
/// versions 1..16 use bech32m and a 2..40-byte program. Mainnet HRP is "bc", testnet/signet "tb".
/// </summary>
public static class SegwitAddress
{
    public static string Encode(string hrp, int witnessVersion, ReadOnlySpan<byte> program)
    {
        if (!IsValidProgram(witnessVersion, program.Length))
        {
            throw new ArgumentException($"Witness version {witnessVersion} cannot carry a {program.Length}-byte program.", nameof(program));
        }

        if (!Bech32.TryConvertBits(program, 8, 5, pad: true, out var five))
        {
            throw new ArgumentException("The program could not be regrouped into 5-bit values.", nameof(program));
        }

        var data = new byte[five.Length + 1];
        data[0] = (byte)witnessVersion;
        five.CopyTo(data, 1);
        return Bech32.Encode(hrp, data, witnessVersion == 0 ? Bech32Variant.Bech32 : Bech32Variant.Bech32m);
    }

    /// <summary>Decodes an address that must carry <paramref name="expectedHrp"/> (compared case-insensitively).</summary>
    public static bool TryDecode(string expectedHrp, string address, out int witnessVersion, out byte[] program)
    {
        ArgumentNullException.ThrowIfNull(expectedHrp);
        witnessVersion = -1;
        program = [];
        if (!Bech32.TryDecode(address, out var hrp, out var data, out var variant) ||
            !string.Equals(hrp, expectedHrp, StringComparison.OrdinalIgnoreCase) ||
            data.Length < 1)
        {
            return false;
        }

        var version = data[0];
        if (version > 16 || (version == 0) != (variant == Bech32Variant.Bech32))
        {
            return false;
        }

        if (!Bech32.TryConvertBits(data.AsSpan(1), 5, 8, pad: false, out var bytes) || !IsValidProgram(version, bytes.Length))
        {
            return false;
        }

        witnessVersion = version;
        program = bytes;
        return true;
    }

    /// <summary>The scriptPubKey an address pays to: OP_n (0x00 or 0x50+n), push length, program.</summary>
    public static byte[] ScriptPubKey(int witnessVersion, ReadOnlySpan<byte> program)
    {
        var script = new byte[2 + program.Length];
        script[0] = (byte)(witnessVersion == 0 ? 0 : 0x50 + witnessVersion);
        script[1] = (byte)program.Length;
        program.CopyTo(script.AsSpan(2));
        return script;
    }

    private static bool IsValidProgram(int version, int length) =>
        version is >= 0 and <= 16 &&
        length is >= 2 and <= 40 &&
        (version != 0 || length is 20 or 32);
}
