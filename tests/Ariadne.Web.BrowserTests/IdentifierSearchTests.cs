using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ariadne.Core.Entities;
using Ariadne.Investigation.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// Issue 21, item 1: what an analyst types into the search page. A phone in five formats, an e-mail in upper case,
/// a city without its accents and an OR query give the counts of the entity pages and of the written forms.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class IdentifierSearchTests(BrowserApp app)
{
    [Fact]
    public async Task Five_phone_formats_give_the_count_of_the_phones_entity_page()
    {
        var phone = await TopAsync(EntityType.Phone, v => v.StartsWith("+1", StringComparison.Ordinal) && v.Length == 12);
        var page = await app.SignedInPageAsync(Roles.Viewer);
        var problems = PageProblems.Collect(page);

        await page.GotoAsync("/entities/phone/" + Uri.EscapeDataString(phone.Value));
        var entitySummary = await page.Locator(".entity-head .summary").InnerTextAsync();
        Assert.Contains($"In {phone.Documents} document", entitySummary, StringComparison.Ordinal);

        var n = phone.Value[2..];
        string[] formats = [phone.Value, n, $"+1 {n[..3]} {n[3..6]} {n[6..]}", $"{n[..3]}-{n[3..6]}-{n[6..]}", $"({n[..3]}) {n[3..6]}-{n[6..]}", $"{n[..3]}.{n[3..6]}.{n[6..]}"];
        foreach (var typed in formats)
        {
            Assert.Equal(phone.Documents, await SearchCountAsync(page, typed));
        }

        // Typed into the entity URL, a format redirects to the phone's one page.
        await page.GotoAsync($"/entities/phone/{n[..3]}-{n[3..6]}-{n[6..]}");
        Assert.EndsWith("/entities/phone/" + Uri.EscapeDataString(phone.Value), page.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_upper_case_email_a_city_without_accents_and_an_or_query_find_their_documents()
    {
        var email = await TopAsync(EntityType.Email, _ => true);
        var page = await app.SignedInPageAsync(Roles.Viewer);
        var problems = PageProblems.Collect(page);

        Assert.Equal(email.Documents, await SearchCountAsync(page, email.Value.ToUpperInvariant()));

        // The store's own count of an accented location, typed without its accents into the City field.
        var accented = await AccentedCityAsync();
        Assert.NotNull(accented); // the synthetic corpus posts in Cancún, Montréal…
        {
            var city = accented.Value;
            var plain = Fold(city.Prefix);
            Assert.NotEqual(city.Prefix, plain);
            await page.GotoAsync("/search");
            await page.GetByLabel("City").FillAsync(plain);
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await page.Locator("p.summary").WaitForAsync();
            Assert.Equal(city.Documents, Matching(await page.Locator("p.summary").InnerTextAsync()));
        }

        // Two phones ORed: the documents of either, each once.
        var first = await TopAsync(EntityType.Phone, v => v.StartsWith("+1", StringComparison.Ordinal) && v.Length == 12);
        var second = await TopAsync(EntityType.Phone, v => v.StartsWith("+1", StringComparison.Ordinal) && v.Length == 12 && v != first.Value);
        var either = await EitherAsync(first.Value, second.Value);
        Assert.Equal(either, await SearchCountAsync(page, $"{first.Value} OR {second.Value[2..]}"));
        Assert.True(either > first.Documents);
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    private static async Task<int> SearchCountAsync(IPage page, string text)
    {
        // Typed only once the page has finished loading (a render landing after the fill would reset the field).
        await page.GotoAsync("/search");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByLabel("Search text").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/search\\?"));
        var summary = page.Locator("p.summary");
        await summary.WaitForAsync();
        return Matching(await summary.InnerTextAsync());
    }

    private static int Matching(string summary) =>
        int.Parse(MatchingCount().Match(summary).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private async Task<(string Value, int Documents)> TopAsync(EntityType type, Func<string, bool> keep)
    {
        await using var context = app.Store.CreateDbContext();
        var counts = await context.EntityMentions.Where(m => m.Type == type)
            .Select(m => new { m.Value, m.DocumentId }).Distinct()
            .GroupBy(m => m.Value).Select(g => new { Value = g.Key, Documents = g.Count() })
            .ToListAsync();
        var top = counts.Where(c => keep(c.Value)).OrderByDescending(c => c.Documents).ThenBy(c => c.Value, StringComparer.Ordinal).First();
        return (top.Value, top.Documents);
    }

    private async Task<int> EitherAsync(string a, string b)
    {
        await using var context = app.Store.CreateDbContext();
        return await context.EntityMentions.Where(m => m.Type == EntityType.Phone && (m.Value == a || m.Value == b))
            .Select(m => m.DocumentId).Distinct().CountAsync();
    }

    // The first word of an accented location in the corpus and how many documents' locations start with it, by
    // either spelling (folded in C#, independent of the store's own folding).
    private async Task<(string Prefix, int Documents)?> AccentedCityAsync()
    {
        await using var context = app.Store.CreateDbContext();
        var locations = await context.Documents.Select(d => d.LocationRaw).ToListAsync();
        var accented = locations.FirstOrDefault(l => l is not null && !string.Equals(Fold(l.Split(',')[0]), l.Split(',')[0], StringComparison.OrdinalIgnoreCase));
        if (accented is null)
        {
            return null;
        }

        var prefix = accented.Split(',')[0];
        var folded = Fold(prefix);
        return (prefix, locations.Count(l => l is not null && Fold(l).StartsWith(folded, StringComparison.Ordinal)));
    }

    private static string Fold(string s) =>
        new([.. s.ToLowerInvariant().Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);


    [GeneratedRegex(@"^([\d,]+)\+? matching")]
    private static partial Regex MatchingCount();
}
