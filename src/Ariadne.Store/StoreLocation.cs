using Npgsql;

namespace Ariadne.Store;

/// <summary>
/// Where the store lives: <c>sqlite:PATH</c> or <c>postgres:CONNECTION-STRING</c> (Npgsql keyword form).
/// <see cref="ToString"/> is <see cref="Describe"/>, so a location can be logged without leaking a password.
/// </summary>
public sealed class StoreLocation
{
    /// <summary>The environment variable read by <see cref="Resolve"/>.</summary>
    public const string EnvironmentVariable = "ARIADNE_STORE";

    /// <summary>The SQLite file used when nothing is given.</summary>
    public const string DefaultSqlitePath = "./ariadne-data/ariadne.db";

    private StoreLocation(StoreKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public StoreKind Kind { get; }

    /// <summary>The file path for SQLite, the full connection string (with any password) for PostgreSQL.</summary>
    public string Value { get; }

    /// <summary>The default store: <c>sqlite:./ariadne-data/ariadne.db</c>.</summary>
    public static StoreLocation Default => new(StoreKind.Sqlite, DefaultSqlitePath);

    public static StoreLocation Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new StoreLocation(StoreKind.Sqlite, path);
    }

    public static StoreLocation Postgres(string connectionString) => Parse("postgres:" + connectionString);

    /// <summary>
    /// Parses a store location. Null or blank means <see cref="Default"/>.
    /// Throws <see cref="ArgumentException"/> with a message a person can act on for anything else.
    /// </summary>
    public static StoreLocation Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new ArgumentException(
                $"store location '{Shorten(trimmed)}' has no kind: use sqlite:PATH or postgres:CONNECTION-STRING",
                nameof(text));
        }

        var kind = trimmed[..colon].ToLowerInvariant();
        var value = trimmed[(colon + 1)..].Trim();
        return kind switch
        {
            "sqlite" => ParseSqlite(value),
            "postgres" or "postgresql" => ParsePostgres(value),
            _ => throw new ArgumentException(
                $"unknown store kind '{Shorten(trimmed[..colon])}': use sqlite:PATH or postgres:CONNECTION-STRING",
                nameof(text)),
        };
    }

    /// <summary>
    /// The location to use: <paramref name="explicitValue"/> (a <c>--store</c> option) when given, else
    /// <c>ARIADNE_STORE</c>, else <see cref="Default"/>.
    /// </summary>
    public static StoreLocation Resolve(string? explicitValue = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitValue))
        {
            return Parse(explicitValue);
        }

        return Parse(Environment.GetEnvironmentVariable(EnvironmentVariable));
    }

    /// <summary>A human-readable form that never contains a password.</summary>
    public string Describe()
    {
        if (Kind == StoreKind.Sqlite)
        {
            return "sqlite:" + Value;
        }

        var builder = new NpgsqlConnectionStringBuilder(Value);
        builder.Remove("Password");
        builder.Remove("Passfile");
        return "postgres:" + builder.ConnectionString;
    }

    public override string ToString() => Describe();

    /// <summary>
    /// Where blobs live when no folder is named: <c>blobs</c> beside a SQLite file, so the file and its images sit
    /// in one folder; <c>./ariadne-data/blobs</c> under the working directory for PostgreSQL, which has no folder.
    /// </summary>
    public string DefaultBlobRoot() => Kind == StoreKind.Sqlite
        ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Value)) ?? ".", "blobs")
        : Path.GetFullPath(Path.Combine("ariadne-data", "blobs"));

    private static StoreLocation ParseSqlite(string text)
    {
        if (text.Length == 0)
        {
            throw new ArgumentException("sqlite: needs a file path, e.g. sqlite:./ariadne-data/ariadne.db", nameof(text));
        }

        return new StoreLocation(StoreKind.Sqlite, text);
    }

    private static StoreLocation ParsePostgres(string text)
    {
        if (text.Length == 0)
        {
            throw new ArgumentException(
                "postgres: needs a connection string, e.g. postgres:Host=127.0.0.1;Port=5432;Database=ariadne;Username=ariadne",
                nameof(text));
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            // The Npgsql message may quote the offending text, which may hold a password: keep only its gist.
            throw new ArgumentException(
                "postgres: connection string is not valid; use the keyword form "
                + "Host=HOST;Port=PORT;Database=DB;Username=USER (a postgres:// URL is not accepted)",
                nameof(text));
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArgumentException("postgres: connection string needs Host=..., e.g. Host=127.0.0.1;Database=ariadne", nameof(text));
        }

        return new StoreLocation(StoreKind.Postgres, text);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
