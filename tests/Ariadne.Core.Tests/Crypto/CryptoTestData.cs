using System.Text.Json;

namespace Ariadne.Core.Tests.Crypto;

/// <summary>
/// Loads the public crypto test vectors from the repository's own copy (tests/data/crypto, with their origin and
/// licence): walk up from the test binaries to the folder holding Ariadne.slnx.
/// </summary>
internal static class CryptoTestData
{
    public static JsonDocument Load(string fileName)
    {
        var path = Path.Combine(Folder(), fileName);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    private static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ariadne.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("Could not find the folder holding Ariadne.slnx above " + AppContext.BaseDirectory);
        }

        var folder = Path.Combine(dir.FullName, "tests", "data", "crypto");
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException("Crypto test vectors not found at " + folder + " (see tests/data/README.md)");
    }
}
