namespace Ariadne.Testing;

/// <summary>Finds the repository (the folder holding Ariadne.slnx) and the public test vectors inside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder containing Ariadne.slnx.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary><c>tests/data</c>: the public benign test vectors, each folder with its origin and licence.</summary>
    public static string TestData => Path.Combine(RepoRoot, "tests", "data");

    /// <summary>A file or folder under <see cref="TestData"/>; a missing one is an error naming the full path.</summary>
    public static string TestDataPath(params string[] parts)
    {
        var path = Path.Combine([TestData, .. parts]);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Test vector '{path}' is missing: tests/data holds every file the tests read (see tests/data/README.md).", path);
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ariadne.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"Cannot find Ariadne.slnx above '{AppContext.BaseDirectory}': run the tests from inside the repository.");
    }
}
