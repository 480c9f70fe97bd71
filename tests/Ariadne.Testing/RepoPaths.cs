namespace Ariadne.Testing;

/// <summary>Finds the repository (the folder holding Ariadne.slnx) and the shared test vectors beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder containing Ariadne.slnx.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary><c>../shared/testdata</c> relative to the repository: public benign test vectors (not copied into the repo).</summary>
    public static string SharedTestData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "testdata"));

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
