using System.Text.Json;
using Ariadne.Core.Crypto;

namespace Ariadne.Core.Tests.Crypto;

/// <summary>Bitcoin Core's key_io vectors: Base58Check and segwit addresses on every chain, plus WIF keys.</summary>
public sealed class KeyIoTests
{
    private static readonly string[] Hrps = ["bc", "tb", "bcrt"];

    [Fact]
    public void Every_valid_address_and_key_decodes_to_its_script_or_secret()
    {
        using var doc = CryptoTestData.Load("key_io_valid.json");
        var checkedCount = 0;
        foreach (var entry in doc.RootElement.EnumerateArray())
        {
            var text = entry[0].GetString()!;
            var expectedHex = entry[1].GetString()!;
            var meta = entry[2];
            if (meta.GetProperty("isPrivkey").GetBoolean())
            {
                Assert.True(Base58Check.TryDecode(text, out var version, out var payload), text);
                Assert.Equal(meta.GetProperty("chain").GetString() == "main" ? 0x80 : 0xEF, version);
                Assert.Equal(expectedHex, Convert.ToHexStringLower(payload.AsSpan(0, 32)));
                Assert.Equal(meta.GetProperty("isCompressed").GetBoolean(), payload.Length == 33 && payload[32] == 1);
            }
            else
            {
                Assert.Equal(expectedHex, ScriptFor(text, meta.GetProperty("chain").GetString()!));
            }

            checkedCount++;
        }

        Assert.True(checkedCount > 50);
    }

    [Fact]
    public void No_invalid_string_decodes_as_an_address_or_key_on_any_chain()
    {
        using var doc = CryptoTestData.Load("key_io_invalid.json");
        var count = 0;
        foreach (var entry in doc.RootElement.EnumerateArray())
        {
            var text = entry[0].GetString()!;
            Assert.False(DecodesAsAnything(text), text);
            count++;
        }

        Assert.True(count > 50);
    }

    private static string ScriptFor(string address, string chain)
    {
        var hrp = chain switch { "main" => "bc", "regtest" => "bcrt", _ => "tb" };
        if (SegwitAddress.TryDecode(hrp, address, out var witnessVersion, out var program))
        {
            return Convert.ToHexStringLower(SegwitAddress.ScriptPubKey(witnessVersion, program));
        }

        Assert.True(Base58Check.TryDecode(address, out var version, out var hash), address);
        Assert.Equal(20, hash.Length);
        var (p2pkh, p2sh) = chain == "main" ? ((byte)0x00, (byte)0x05) : ((byte)0x6F, (byte)0xC4);
        if (version == p2pkh)
        {
            return "76a914" + Convert.ToHexStringLower(hash) + "88ac";
        }

        Assert.Equal(p2sh, version);
        return "a914" + Convert.ToHexStringLower(hash) + "87";
    }

    private static bool DecodesAsAnything(string text)
    {
        foreach (var hrp in Hrps)
        {
            if (SegwitAddress.TryDecode(hrp, text, out _, out _))
            {
                return true;
            }
        }

        if (!Base58Check.TryDecode(text, out var version, out var payload))
        {
            return false;
        }

        var isAddress = version is 0x00 or 0x05 or 0x6F or 0xC4 && payload.Length == 20;
        var isKey = version is 0x80 or 0xEF && (payload.Length == 32 || (payload.Length == 33 && payload[32] == 1));
        return isAddress || isKey;
    }
}
