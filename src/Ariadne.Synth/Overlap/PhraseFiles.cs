using System.Collections.Frozen;
using System.Text;
using Ariadne.Synth.Model;

namespace Ariadne.Synth.Overlap;

/// <summary>
/// The overlap profile's phrase banks, embedded from Overlap/Phrases/&lt;lang&gt;/&lt;bank&gt;.txt (one phrase a line,
/// blank lines skipped) and read once. Plain text files rather than C# arrays so the paraphrases can be read and
/// reviewed as the lists they are.
/// </summary>
internal static class PhraseFiles
{
    private static readonly FrozenDictionary<string, string[]> Banks = Load();

    /// <summary>A language's bank ("trust", "intro", "title"…).</summary>
    public static string[] Get(string bank, Lang lang) => Get(Code(lang) + "/" + bank);

    /// <summary>A bank shared by all languages ("names", "brands"…).</summary>
    public static string[] Shared(string bank) => Get("shared/" + bank);

    public static string Code(Lang lang) => lang switch
    {
        Lang.Es => "es",
        Lang.Fr => "fr",
        Lang.Pt => "pt",
        _ => "en",
    };

    private static string[] Get(string key) =>
        Banks.TryGetValue(key, out var lines) ? lines : throw new InvalidOperationException("The overlap phrase bank '" + key + "' is not embedded.");

    private static FrozenDictionary<string, string[]> Load()
    {
        var assembly = typeof(PhraseFiles).Assembly;
        var banks = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var key = name.Replace('\\', '/');
            if (!key.StartsWith("overlap/", StringComparison.Ordinal) || !key.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                line = line.Trim();
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }

            banks[key["overlap/".Length..^".txt".Length]] = [.. lines];
        }

        return banks.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
