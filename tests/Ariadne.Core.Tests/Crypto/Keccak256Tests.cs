using System.Text;
using Ariadne.Core.Crypto;

namespace Ariadne.Core.Tests.Crypto;

public sealed class Keccak256Tests
{
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("The quick brown fox jumps over the lazy dog", "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")]
    public void Matches_the_original_keccak_padding(string input, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Keccak256.Hash(Encoding.ASCII.GetBytes(input))));

    [Fact]
    public void The_sponge_matches_platform_sha3_when_given_sha3_padding_for_many_lengths()
    {
        if (!System.Security.Cryptography.SHA3_256.IsSupported)
        {
            return;
        }

        var data = new byte[700];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)((i * 31) + 7);
        }

        var ours = new byte[32];
        // Lengths around the 136-byte rate (135, 136, 137, 272...) exercise padding into a fresh block.
        for (var length = 0; length <= data.Length; length += length < 300 ? 1 : 37)
        {
            Keccak256.Hash(data.AsSpan(0, length), ours, 0x06);
            Assert.Equal(System.Security.Cryptography.SHA3_256.HashData(data.AsSpan(0, length)), ours);
        }
    }
}
