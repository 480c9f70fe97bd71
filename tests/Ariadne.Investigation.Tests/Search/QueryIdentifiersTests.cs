using Ariadne.Core.Entities;
using Ariadne.Extraction.Query;
using Ariadne.Investigation.Search;

namespace Ariadne.Investigation.Tests.Search;

/// <summary>The query side reads identifiers into the values extraction stores, whatever the format typed.</summary>
public sealed class QueryIdentifiersTests
{
    public static TheoryData<string> PhoneFormats => new()
    {
        "+17135550171", "7135550171", "+1 713 555 0171", "713-555-0171", "(713) 555-0171", "713.555.0171", "1-713-555-0171", "001 713 555 0171",
    };

    [Theory]
    [MemberData(nameof(PhoneFormats))]
    public void Every_written_form_of_a_phone_reads_as_its_e164_value_with_the_same_text_forms(string typed)
    {
        var id = QueryIdentifiers.ReadText(typed);
        Assert.NotNull(id);
        Assert.Equal(EntityType.Phone, id.Type);
        Assert.Equal(["+17135550171"], id.Values);
        // The forms made from the number itself are the same whatever was typed (the typed text is one more).
        Assert.Superset(new HashSet<string> { "17135550171", "7135550171", "(713) 555-0171", "+1 713-555-0171" }, id.TextForms.ToHashSet());
        Assert.Equal("+17135550171", EntityValues.Canonical(EntityType.Phone, typed));
    }

    [Fact]
    public void Short_local_numbers_stay_words_and_the_typed_form_is_kept()
    {
        Assert.Null(QueryIdentifiers.ReadText("555-0171"));
        Assert.Contains("(713) 555-0171", QueryIdentifiers.ReadText("(713) 555-0171")!.TextForms);
    }

    [Fact]
    public void Emails_handles_and_wallets_read_in_any_case_and_prefix()
    {
        Assert.Equal(["jade@example.com"], QueryIdentifiers.ReadText("Jade@EXAMPLE.com")!.Values);
        Assert.Equal(["jade@example.com"], QueryIdentifiers.ReadValue(EntityType.Email, " <JADE@example.com> ")!.Values);
        Assert.Equal(["instagram:jade_rose"], QueryIdentifiers.ReadText("ig:@Jade_Rose")!.Values);
        Assert.Equal(["instagram:jade_rose"], QueryIdentifiers.ReadText("instagram:jade_rose")!.Values);
        Assert.Equal(["snapchat:jade"], QueryIdentifiers.ReadValue(EntityType.Handle, "snap:jade")!.Values);
        var anyPlatform = QueryIdentifiers.ReadText("@jade")!;
        Assert.Contains("instagram:jade", anyPlatform.Values);
        Assert.Contains("telegram:jade", anyPlatform.Values);
        Assert.Null(QueryIdentifiers.Canonical(EntityType.Handle, "@jade"));

        // The checksummed (mixed-case) and lower-case forms of one Ethereum address are one wallet.
        var checksummed = QueryIdentifiers.ReadText("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")!;
        Assert.Equal(EntityType.Crypto, checksummed.Type);
        Assert.Equal(checksummed.Values, QueryIdentifiers.ReadValue(EntityType.Crypto, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")!.Values);
    }

    [Theory]
    [InlineData("houston")]
    [InlineData("2026")]
    [InlineData("555-0171")]
    [InlineData("@")]
    [InlineData("ig:")]
    [InlineData("x@y")]
    [InlineData("unknownsite:jade")]
    [InlineData("")]
    public void Words_that_are_no_identifier_stay_words(string typed) => Assert.Null(QueryIdentifiers.ReadText(typed));
}
