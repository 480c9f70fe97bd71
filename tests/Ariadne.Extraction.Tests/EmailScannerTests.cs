using Ariadne.Core.Entities;

namespace Ariadne.Extraction.Tests;

/// <summary>Spelled-out addresses whose words could be misread as the mailbox name.</summary>
public sealed class EmailScannerTests
{
    private static readonly EntityExtractor Extractor = new();

    private static List<string> Emails(string text) =>
        Extractor.Extract(text, "US").Where(e => e.Type == EntityType.Email).Select(e => e.Value).ToList();

    [Theory]
    [InlineData("dot at example dot com")]
    [InlineData("write DOT at example dot com for rates")]
    [InlineData("me at example dot com")]
    public void A_separator_or_pronoun_before_at_is_not_a_mailbox(string text) => Assert.Empty(Emails(text));

    [Theory]
    [InlineData("bookings: mia dot rose at example dot org", "mia.rose@example.org")]
    [InlineData("dot.com lover at example dot com", "lover@example.com")]
    [InlineData("mail dotty at example dot net", "dotty@example.net")]
    public void Real_names_next_to_the_word_dot_still_read(string text, string expected) =>
        Assert.Equal([expected], Emails(text));
}
