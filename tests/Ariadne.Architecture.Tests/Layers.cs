namespace Ariadne.Architecture.Tests;

/// <summary>
/// The layers of docs/architecture.md as data: each project's layer and the projects of ours it may reference.
/// A project may only reference projects below it, and only those its row names (engines do not see each other
/// unless the row says so). Change this table together with the document.
/// </summary>
internal static class Layers
{
    public static readonly IReadOnlyDictionary<string, (int Layer, string[] MayReference)> Projects = new Dictionary<string, (int, string[])>(StringComparer.Ordinal)
    {
        ["Ariadne.Core"] = (0, []),
        ["Ariadne.Imaging"] = (1, []),
        ["Ariadne.Extraction"] = (1, ["Ariadne.Core"]),
        ["Ariadne.Linking"] = (1, ["Ariadne.Core"]),
        ["Ariadne.Synth"] = (1, ["Ariadne.Core"]),
        ["Ariadne.Store"] = (1, ["Ariadne.Core"]),
        ["Ariadne.Scoring"] = (2, ["Ariadne.Core", "Ariadne.Extraction"]),
        ["Ariadne.Analysis"] = (3, ["Ariadne.Core", "Ariadne.Store", "Ariadne.Extraction", "Ariadne.Imaging", "Ariadne.Linking", "Ariadne.Scoring"]),
        ["Ariadne.Investigation"] = (4, ["Ariadne.Core", "Ariadne.Store", "Ariadne.Extraction", "Ariadne.Linking", "Ariadne.Scoring", "Ariadne.Analysis"]),
        ["Ariadne.Web"] = (5, ["Ariadne.Core", "Ariadne.Store", "Ariadne.Extraction", "Ariadne.Linking", "Ariadne.Analysis", "Ariadne.Investigation"]),
        // The CLI hosts the web app (`ariadne serve`) and nothing else of Web's: see CliHostingTests.
        ["Ariadne.Cli"] = (6, ["Ariadne.Core", "Ariadne.Store", "Ariadne.Extraction", "Ariadne.Imaging", "Ariadne.Linking", "Ariadne.Scoring", "Ariadne.Synth", "Ariadne.Analysis", "Ariadne.Investigation", "Ariadne.Web"]),
    };
}
