using Ariadne.Core.Crypto;

namespace Ariadne.Core.Tests.Crypto;

/// <summary>Monero block Base58 against the vectors lifted from monero-project's unit and functional tests.</summary>
public sealed class MoneroBase58Tests
{
    [Fact]
    public void Encode_and_decode_match_the_reference_vectors()
    {
        using var doc = CryptoTestData.Load("monero_address_vectors.json");
        foreach (var v in doc.RootElement.GetProperty("base58_encode_decode_addr").EnumerateArray())
        {
            var encoded = v.GetProperty("encoded").GetString()!;
            var tag = v.GetProperty("tag").GetUInt64();
            var data = Convert.FromHexString(v.GetProperty("data_hex").GetString()!);
            Assert.Equal(encoded, MoneroBase58.EncodeAddress(tag, data));
            Assert.True(MoneroBase58.TryDecodeAddress(encoded, out var t, out var d));
            Assert.Equal(tag, t);
            Assert.Equal(data, d);
        }
    }

    [Fact]
    public void Malformed_strings_are_rejected()
    {
        using var doc = CryptoTestData.Load("monero_address_vectors.json");
        foreach (var v in doc.RootElement.GetProperty("base58_decode_addr_must_fail").EnumerateArray())
        {
            Assert.False(MoneroBase58.TryDecodeAddress(v.GetProperty("encoded").GetString()!, out _, out _), v.GetProperty("test_name").GetString());
        }
    }

    [Fact]
    public void Valid_addresses_decode_with_their_network_prefix()
    {
        using var doc = CryptoTestData.Load("monero_address_vectors.json");
        var prefixes = doc.RootElement.GetProperty("prefixes");
        foreach (var v in doc.RootElement.GetProperty("valid_addresses").EnumerateArray())
        {
            var expected = prefixes.GetProperty(v.GetProperty("nettype").GetString()!).GetProperty(v.GetProperty("kind").GetString()!).GetUInt64();
            Assert.True(MoneroBase58.TryDecodeAddress(v.GetProperty("address").GetString()!, out var tag, out var data));
            Assert.Equal(expected, tag);
            Assert.Equal(v.GetProperty("kind").GetString() == "integrated" ? 72 : 64, data.Length);
        }

        foreach (var v in doc.RootElement.GetProperty("invalid_addresses").EnumerateArray())
        {
            Assert.False(MoneroBase58.TryDecodeAddress(v.GetProperty("address").GetString()!, out _, out _));
        }
    }

    [Fact]
    public void Unit_test_address_holds_the_spend_and_view_keys()
    {
        using var doc = CryptoTestData.Load("monero_address_vectors.json");
        var unit = doc.RootElement.GetProperty("unit_base58_keys");
        var address = unit.EnumerateObject().First(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String && p.Value.GetString()!.Length == 95).Value.GetString()!;
        Assert.True(MoneroBase58.TryDecodeAddress(address, out var tag, out var data));
        Assert.Equal(18UL, tag);
        Assert.Equal(64, data.Length);
    }
}
