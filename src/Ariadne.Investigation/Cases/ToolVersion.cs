using System.Reflection;

namespace Ariadne.Investigation.Cases;

/// <summary>The version recorded with captured evidence: "Ariadne 0.1.0+commit".</summary>
public static class ToolVersion
{
    public static string Current { get; } = "Ariadne " + (typeof(ToolVersion).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
}
