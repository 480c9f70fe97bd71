using Ariadne.Core.Crypto;

namespace Ariadne.Core.Tests.Crypto;

public sealed class Eip55Tests
{
    [Fact]
    public void Every_erc55_vector_checksums_to_itself_from_lower_case()
    {
        using var doc = CryptoTestData.Load("eip55_vectors.json");
        var count = 0;
        foreach (var group in doc.RootElement.GetProperty("valid_checksummed").EnumerateObject())
        {
            foreach (var item in group.Value.EnumerateArray())
            {
                var address = item.GetString()!;
                Assert.Equal(address, Eip55.ToChecksumAddress(address.ToLowerInvariant()));
                Assert.True(Eip55.IsValidChecksum(address));
                count++;
            }
        }

        Assert.Equal(8, count);
    }

    [Fact]
    public void Case_flipped_addresses_fail_the_checksum()
    {
        using var doc = CryptoTestData.Load("eip55_vectors.json");
        var count = 0;
        foreach (var item in doc.RootElement.GetProperty("derived_invalid_case_flip").EnumerateArray())
        {
            var address = item.ValueKind == System.Text.Json.JsonValueKind.String
                ? item.GetString()!
                : item.EnumerateObject().First(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String && p.Value.GetString()!.StartsWith("0x", StringComparison.Ordinal)).Value.GetString()!;
            Assert.False(Eip55.IsValidChecksum(address));
            count++;
        }

        Assert.Equal(8, count);
    }

    [Theory]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd")]
    [InlineData("0xZaAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    public void Malformed_addresses_are_not_valid(string address) => Assert.False(Eip55.IsValidChecksum(address));
}
