namespace Ariadne.Store.Tests;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_given_means_the_default_sqlite_file(string? text)
    {
        var location = StoreLocation.Parse(text);
        Assert.Equal(StoreKind.Sqlite, location.Kind);
        Assert.Equal("./ariadne-data/ariadne.db", location.Value);
    }

    [Theory]
    [InlineData("sqlite:/var/lib/ariadne/a.db", "/var/lib/ariadne/a.db")]
    [InlineData("SQLite:data/x.db", "data/x.db")]
    [InlineData("sqlite:C:\\data\\x.db", "C:\\data\\x.db")]
    public void Sqlite_locations_keep_the_path(string text, string path)
    {
        var location = StoreLocation.Parse(text);
        Assert.Equal(StoreKind.Sqlite, location.Kind);
        Assert.Equal(path, location.Value);
    }

    [Fact]
    public void Postgres_locations_keep_the_connection_string()
    {
        var location = StoreLocation.Parse("postgres:Host=127.0.0.1;Port=5432;Database=ariadne;Username=x");
        Assert.Equal(StoreKind.Postgres, location.Kind);
        Assert.Equal("Host=127.0.0.1;Port=5432;Database=ariadne;Username=x", location.Value);
    }

    [Fact]
    public void Describe_never_shows_the_password()
    {
        var location = StoreLocation.Parse("postgres:Host=db;Database=ariadne;Username=x;Password=hunter2");
        Assert.DoesNotContain("hunter2", location.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", location.ToString(), StringComparison.Ordinal);
        Assert.Contains("Host=db", location.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mysql:Server=x", "unknown store kind 'mysql': use sqlite:PATH or postgres:CONNECTION-STRING")]
    [InlineData("just-a-path.db", "use sqlite:PATH or postgres:CONNECTION-STRING")]
    [InlineData("sqlite:", "sqlite: needs a file path")]
    [InlineData("postgres:", "postgres: needs a connection string")]
    [InlineData("postgres:NoSuchKeyword=1;Password=hunter2", "connection string is not valid")]
    [InlineData("postgres://u:hunter2@host/db", "connection string is not valid")]
    public void Bad_locations_give_a_message_a_person_can_act_on(string text, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() => StoreLocation.Parse(text));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_value_wins_over_the_environment()
    {
        Assert.Equal("a.db", StoreLocation.Resolve("sqlite:a.db").Value);
    }
}
