namespace Ariadne.Extraction.Tests;

/// <summary>The repository root (folder of Ariadne.slnx) and the public test vectors inside it (tests/data).</summary>
internal static class TestPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ariadne.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Ariadne.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string CryptoVectors => Path.Combine(Root, "tests", "data", "crypto");

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
}
