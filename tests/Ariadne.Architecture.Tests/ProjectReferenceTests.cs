using System.Reflection;
using System.Xml.Linq;
using Ariadne.Testing;

namespace Ariadne.Architecture.Tests;

/// <summary>Every project of src/ references only the projects its layer allows, in its .csproj and in the compiled assembly.</summary>
public sealed class ProjectReferenceTests
{
    [Fact]
    public void The_table_is_layered_and_names_every_project_of_src()
    {
        var projects = Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Layers.Projects.Keys.Order(StringComparer.Ordinal), projects);
        foreach (var (project, (layer, allowed)) in Layers.Projects)
        {
            Assert.All(allowed, reference => Assert.True(Layers.Projects[reference].Layer < layer, $"{project} (layer {layer}) may not reference {reference}, which is not below it"));
        }
    }

    [Fact]
    public void Each_csproj_references_only_what_its_layer_allows()
    {
        var violations = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var project = Path.GetFileNameWithoutExtension(file);
            var references = XDocument.Load(file).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension((string?)r.Attribute("Include") ?? string.Empty));
            violations.AddRange(references.Where(r => !Layers.Projects[project].MayReference.Contains(r, StringComparer.Ordinal))
                .Select(r => $"{Path.GetRelativePath(RepoPaths.RepoRoot, file)} references {r}"));
        }

        Assert.True(violations.Count == 0, "References above or beside a project's layer (see docs/architecture.md):\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Each_compiled_assembly_uses_only_what_its_layer_allows()
    {
        var violations = new List<string>();
        foreach (var project in Layers.Projects.Keys)
        {
            var assembly = Assembly.Load(project == "Ariadne.Cli" ? "ariadne" : project);
            var used = assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).Where(n => n.StartsWith("Ariadne.", StringComparison.Ordinal));
            violations.AddRange(used.Where(u => !Layers.Projects[project].MayReference.Contains(u, StringComparer.Ordinal)).Select(u => $"{project} uses {u}"));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
