using Ariadne.Testing;

namespace Ariadne.Architecture.Tests;

/// <summary>
/// What one database engine does its own way sits behind <c>StoreBackend</c>, in the engine's folder: no repository,
/// stage, service, page or command asks which engine it runs on.
/// </summary>
public sealed class EngineSeamTests
{
    private static readonly string[] EngineWords = ["StoreKind.Sqlite", "StoreKind.Postgres", "SqliteConnection", "NpgsqlConnection"];

    // The engine folders, the EF model configuration per engine, the one factory that picks a backend, and the
    // store address parser are where engines are named on purpose.
    private static readonly string[] Allowed =
    [
        "src/Ariadne.Store/Sqlite/", "src/Ariadne.Store/Postgres/", "src/Ariadne.Store/Model/", "src/Ariadne.Store/Migrations/",
        "src/Ariadne.Store/AriadneStore.cs", "src/Ariadne.Store/StoreLocation.cs",
    ];

    [Fact]
    public void Only_the_engine_folders_name_an_engine()
    {
        var root = RepoPaths.RepoRoot;
        var offenders = Directory.GetFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), File: f))
            .Where(f => !f.Path.Contains("/obj/", StringComparison.Ordinal) && !f.Path.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => !Allowed.Any(a => f.Path.StartsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => File.ReadLines(f.File).Select((line, i) => (f.Path, Line: i + 1, Text: line)))
            .Where(l => EngineWords.Any(w => l.Text.Contains(w, StringComparison.Ordinal)))
            .Select(l => $"{l.Path}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Engine branches outside StoreBackend's implementations:\n" + string.Join('\n', offenders));
    }
}
