namespace Ariadne.Imaging.Tests;

/// <summary>Locates the repository's copy of the PDQ reference vectors (tests/data/pdq, with their origin and licence).</summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Pdq => Root.Value;

    public static string File(string relative) => Path.Combine(Pdq, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Data rows of an expected/*.csv file: '#' comments and a FilePath header skipped.</summary>
    public static IEnumerable<string[]> Csv(string relative) =>
        System.IO.File.ReadLines(File(relative))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("FilePath,", StringComparison.Ordinal))
            .Select(line => line.Split(','));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Ariadne.slnx")))
            {
                var pdq = Path.Combine(dir.FullName, "tests", "data", "pdq");
                return Directory.Exists(pdq) ? pdq : throw new DirectoryNotFoundException($"PDQ test vectors not found at {pdq}.");
            }
        }
        throw new DirectoryNotFoundException("Ariadne.slnx not found above " + AppContext.BaseDirectory);
    }
}
