using Ariadne.Testing;

namespace Ariadne.Architecture.Tests;

/// <summary>
/// The CLI and the web app share what they both need through Ariadne.Investigation (accounts, the search request,
/// audit verification); the CLI touches Ariadne.Web only where <c>ariadne serve</c> hosts it.
/// </summary>
public sealed class CliHostingTests
{
    [Fact]
    public void Only_the_serve_command_uses_the_web_project()
    {
        var root = Path.Combine(RepoPaths.RepoRoot, "src", "Ariadne.Cli");
        var users = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Ariadne.Web", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["Commands/ServeCommand.cs"], users);
    }
}
