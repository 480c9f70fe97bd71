using Ariadne.Core.Crypto;

namespace Ariadne.Core.Tests.Crypto;

public sealed class Base58Tests
{
    [Fact]
    public void Encodes_and_decodes_every_bitcoin_core_vector()
    {
        using var doc = CryptoTestData.Load("base58_encode_decode.json");
        var count = 0;
        foreach (var pair in doc.RootElement.EnumerateArray())
        {
            var bytes = Convert.FromHexString(pair[0].GetString()!);
            var text = pair[1].GetString()!;
            Assert.Equal(text, Base58.Encode(bytes));
            Assert.True(Base58.TryDecode(text, out var decoded));
            Assert.Equal(bytes, decoded);
            count++;
        }

        Assert.True(count >= 10);
    }

    [Theory]
    [InlineData("0OIl")]
    [InlineData("3mJr7AoUXx2Wqd ")]
    [InlineData("é")]
    public void Rejects_characters_outside_the_alphabet(string text) => Assert.False(Base58.TryDecode(text, out _));

    [Fact]
    public void Base58Check_round_trips_a_p2pkh_address_and_rejects_a_flipped_character()
    {
        // The Bitcoin genesis coinbase address: version 0 + HASH160 62e907b1….
        var payload = Convert.FromHexString("62e907b15cbf27d5425399ebf6f0fb50ebb88f18");
        var address = Base58Check.Encode(0x00, payload);
        Assert.Equal("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", address);
        Assert.True(Base58Check.TryDecode(address, out var version, out var decoded));
        Assert.Equal(0, version);
        Assert.Equal(payload, decoded);
        Assert.False(Base58Check.TryDecode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", out _, out _));
    }
}
