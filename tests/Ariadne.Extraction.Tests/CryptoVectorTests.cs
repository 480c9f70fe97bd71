using System.Text.Json;
using Ariadne.Core.Entities;
using Ariadne.Extraction.Crypto;

namespace Ariadne.Extraction.Tests;

/// <summary>Every valid public vector is found with the right coin; every invalid one yields nothing.</summary>
public sealed class CryptoVectorTests
{
    private static JsonDocument Load(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.CryptoVectors, file)));

    private static List<ExtractedEntity> Crypto(string address) =>
        [.. new EntityExtractor().Extract("pay to " + address + " thanks").Where(e => e.Type == EntityType.Crypto)];

    [Fact]
    public void Bitcoin_core_valid_addresses_are_btc_and_private_keys_are_not_addresses()
    {
        using var doc = Load("key_io_valid.json");
        var checkedAddresses = 0;
        foreach (var v in doc.RootElement.EnumerateArray())
        {
            var text = v[0].GetString()!;
            var isKey = v[2].GetProperty("isPrivkey").GetBoolean();
            var scriptHex = v[1].GetString()!;
            var found = CryptoScanner.Classify(text);
            if (isKey)
            {
                Assert.Null(found);
                continue;
            }

            // Witness versions 2..16 are valid strings but no wallet uses them; we still accept them as btc.
            Assert.True(found == "btc:" + (text.StartsWith("bc1", StringComparison.OrdinalIgnoreCase) || text.StartsWith("tb1", StringComparison.OrdinalIgnoreCase) || text.StartsWith("bcrt1", StringComparison.OrdinalIgnoreCase) ? text.ToLowerInvariant() : text), $"{text} ({scriptHex}) → {found}");
            checkedAddresses++;
        }

        Assert.True(checkedAddresses > 20);
    }

    [Fact]
    public void Bitcoin_core_invalid_strings_are_rejected()
    {
        using var doc = Load("key_io_invalid.json");
        foreach (var v in doc.RootElement.EnumerateArray())
        {
            var text = v[0].GetString()!;
            Assert.Null(CryptoScanner.Classify(text));
        }
    }

    [Fact]
    public void Bip173_and_bip350_addresses_follow_the_current_rules()
    {
        using var doc = Load("bech32_bip173_bip350_vectors.json");
        var root = doc.RootElement;
        foreach (var v in root.GetProperty("valid_address").EnumerateArray())
        {
            var address = v.GetProperty("address").GetString()!;
            var hrp = address[..address.LastIndexOf('1')].ToLowerInvariant();
            if (hrp is "bc" or "tb")
            {
                Assert.Equal("btc:" + address.ToLowerInvariant(), CryptoScanner.Classify(address));
            }
        }

        foreach (var v in root.GetProperty("invalid_address").EnumerateArray())
        {
            Assert.Null(CryptoScanner.Classify(v.GetProperty("address").GetString()!));
        }

        foreach (var v in root.GetProperty("bip173_superseded_valid_address").EnumerateArray())
        {
            Assert.Null(CryptoScanner.Classify(v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetProperty("address").GetString()!));
        }
    }

    [Fact]
    public void Eip55_vectors_are_eth_in_checksum_case_and_case_flips_are_rejected()
    {
        using var doc = Load("eip55_vectors.json");
        var root = doc.RootElement;
        foreach (var group in root.GetProperty("valid_checksummed").EnumerateObject())
        {
            foreach (var a in group.Value.EnumerateArray())
            {
                var address = a.GetString()!;
                Assert.Equal("eth:" + address, CryptoScanner.Classify(address));
                Assert.Single(Crypto(address));
            }
        }

        foreach (var a in root.GetProperty("derived_invalid_case_flip").EnumerateArray())
        {
            var address = a.ValueKind == JsonValueKind.String ? a.GetString()! : a.GetProperty("address").GetString()!;
            Assert.Null(CryptoScanner.Classify(address));
        }
    }

    [Fact]
    public void Monero_vectors_are_xmr_and_bad_ones_rejected()
    {
        using var doc = Load("monero_address_vectors.json");
        var root = doc.RootElement;
        foreach (var v in root.GetProperty("valid_addresses").EnumerateArray())
        {
            var address = v.GetProperty("address").GetString()!;
            Assert.Equal("xmr:" + address, CryptoScanner.Classify(address));
        }

        foreach (var v in root.GetProperty("invalid_addresses").EnumerateArray())
        {
            Assert.Null(CryptoScanner.Classify(v.GetProperty("address").GetString()!));
        }
    }

    [Fact]
    public void Ofac_tagpack_entries_validate_except_the_known_defects()
    {
        // The YAML's "XMR" entries are known not to be Monero addresses; none may come out as xmr.
        var lines = File.ReadAllLines(Path.Combine(TestPaths.CryptoVectors, "graphsense_ofac.yaml"));
        var accepted = 0;
        foreach (var line in lines)
        {
            var t = line.Trim();
            if (!t.StartsWith("- address:", StringComparison.Ordinal) && !t.StartsWith("address:", StringComparison.Ordinal))
            {
                continue;
            }

            var address = t[(t.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Trim('\'', '"');
            var value = CryptoScanner.Classify(address);
            Assert.False(value is not null && value.StartsWith("xmr:", StringComparison.Ordinal), address);
            accepted += value is null ? 0 : 1;
        }

        Assert.True(accepted > 400, $"only {accepted} OFAC addresses validated");
    }
}
