namespace Ariadne.Web.BrowserTests;

/// <summary>One app and one browser for all browser tests (seeding and launching chromium are the slow parts).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
