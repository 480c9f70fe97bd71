using Ariadne.Linking.Templates;

namespace Ariadne.Linking.Tests;

public sealed class TemplateBuilderTests
{
    [Fact]
    public void Shared_words_form_the_template_and_differences_become_slots()
    {
        var template = TemplateBuilder.Build(
        [
            "Hi gents, I am Jade, new in Houston. Call 555-0101 now",
            "Hi gents, I am Rose, new in Dallas. Call 555-0188 now",
            "Hi gents, I am Mia sweet and 21, new in Miami. Call 555-0142 now",
        ]);
        var fixedText = string.Join(" ", template.Parts.Where(p => !p.IsSlot).Select(p => p.Text));
        Assert.Contains("Hi gents, I am", fixedText, StringComparison.Ordinal);
        Assert.Contains("new in", fixedText, StringComparison.Ordinal);
        Assert.Contains("Call 555-0101 now", fixedText, StringComparison.Ordinal); // digits are masked: same shape
        Assert.DoesNotContain("Jade", fixedText, StringComparison.Ordinal);
        Assert.Contains(template.Parts, p => p.IsSlot && p.Text.Contains("Jade", StringComparison.Ordinal));
        Assert.Equal(3, template.Documents);
        Assert.InRange(template.FixedShare, 0.5, 0.95);
        Assert.StartsWith("Hi gents, I am [ … ] new in [ … ] Call", template.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_text_is_its_own_template()
    {
        var template = TemplateBuilder.Build(["only one text here"]);
        Assert.Single(template.Parts);
        Assert.False(template.Parts[0].IsSlot);
        Assert.Equal(1.0, template.FixedShare);
    }
}
