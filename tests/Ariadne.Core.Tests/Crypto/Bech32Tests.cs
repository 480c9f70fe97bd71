using System.Text.Json;
using Ariadne.Core.Crypto;

namespace Ariadne.Core.Tests.Crypto;

public sealed class Bech32Tests
{
    [Theory]
    [InlineData("bech32", Bech32Variant.Bech32)]
    [InlineData("bech32m", Bech32Variant.Bech32m)]
    public void Valid_checksums_decode_with_the_right_variant_and_re_encode(string key, Bech32Variant expected)
    {
        using var doc = CryptoTestData.Load("bech32_bip173_bip350_vectors.json");
        foreach (var item in doc.RootElement.GetProperty("valid_checksum").GetProperty(key).EnumerateArray())
        {
            var text = item.GetString()!;
            Assert.True(Bech32.TryDecode(text, out var hrp, out var data, out var variant), text);
            Assert.Equal(expected, variant);
            Assert.Equal(text.ToLowerInvariant(), Bech32.Encode(hrp, data, variant));
        }
    }

    [Theory]
    [InlineData("bech32")]
    [InlineData("bech32m")]
    public void Invalid_checksums_are_rejected(string key)
    {
        using var doc = CryptoTestData.Load("bech32_bip173_bip350_vectors.json");
        foreach (var item in doc.RootElement.GetProperty("invalid_checksum").GetProperty(key).EnumerateArray())
        {
            var text = item.GetProperty("string").GetString()!;
            Assert.False(Bech32.TryDecode(text, out _, out _, out _), item.GetProperty("reason").GetString());
        }
    }

    [Fact]
    public void Valid_addresses_decode_to_their_script_pub_key_and_re_encode()
    {
        using var doc = CryptoTestData.Load("bech32_bip173_bip350_vectors.json");
        foreach (var item in doc.RootElement.GetProperty("valid_address").EnumerateArray())
        {
            var address = item.GetProperty("address").GetString()!;
            var hrp = address.StartsWith("bc", StringComparison.OrdinalIgnoreCase) ? "bc" : "tb";
            Assert.True(SegwitAddress.TryDecode(hrp, address, out var version, out var program), address);
            var script = Convert.ToHexStringLower(SegwitAddress.ScriptPubKey(version, program));
            Assert.Equal(item.GetProperty("scriptPubKey").GetString(), script);
            Assert.Equal(address.ToLowerInvariant(), SegwitAddress.Encode(hrp, version, program));
        }
    }

    [Theory]
    [InlineData("invalid_address")]
    [InlineData("bip173_superseded_valid_address")]
    public void Invalid_and_superseded_addresses_fail_for_both_networks(string key)
    {
        using var doc = CryptoTestData.Load("bech32_bip173_bip350_vectors.json");
        var count = 0;
        foreach (var item in doc.RootElement.GetProperty(key).EnumerateArray())
        {
            var address = item.GetProperty("address").GetString()!;
            Assert.False(SegwitAddress.TryDecode("bc", address, out _, out _), address);
            Assert.False(SegwitAddress.TryDecode("tb", address, out _, out _), address);
            count++;
        }

        Assert.True(count >= 3);
    }

    [Fact]
    public void Impossible_encodings_throw()
    {
        using var doc = CryptoTestData.Load("bech32_bip173_bip350_vectors.json");
        foreach (var item in doc.RootElement.GetProperty("invalid_address_enc").EnumerateArray())
        {
            var hrp = item.GetProperty("hrp").GetString()!;
            var version = item.GetProperty("witver").GetInt32();
            var program = new byte[item.GetProperty("program_len").GetInt32()];
            Assert.ThrowsAny<ArgumentException>(() => SegwitAddress.Encode(hrp, version, program));
        }
    }
}
