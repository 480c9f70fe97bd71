using System.Text;
using Ariadne.Core.Documents;

namespace Ariadne.Core.Tests.Documents;

public sealed class DocumentIdsTests
{
    [Fact]
    public void Sha256_matches_the_published_vector()
    {
        // FIPS 180-2 example: SHA-256("abc").
        Assert.Equal(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            DocumentIds.Sha256Hex(Encoding.ASCII.GetBytes("abc")));
    }

    [Fact]
    public void Id_is_derived_from_the_content_hash()
    {
        var sha = DocumentIds.Sha256Hex(Encoding.ASCII.GetBytes("abc"));

        Assert.Equal("dba7816bf8f01cfea414140de", DocumentIds.FromContentHash(sha));
    }

    [Fact]
    public void Short_hash_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DocumentIds.FromContentHash("abc"));
    }

    [Theory]
    [InlineData("ad", DocumentKind.Ad)]
    [InlineData(null, DocumentKind.Ad)]
    [InlineData("POST", DocumentKind.Post)]
    [InlineData("chat_message", DocumentKind.ChatMessage)]
    [InlineData("tip", DocumentKind.Tip)]
    public void Kinds_parse_from_their_written_forms(string? text, DocumentKind expected)
    {
        Assert.True(DocumentKinds.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
        Assert.True(DocumentKinds.TryParse(kind.ToWireName(), out var roundTrip));
        Assert.Equal(kind, roundTrip);
    }

    [Fact]
    public void Unknown_kind_is_refused()
    {
        Assert.False(DocumentKinds.TryParse("fax", out _));
    }
}
