using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Ariadne.Synth;

/// <summary>
/// Which build of the generator this is, for anything that keeps generated corpora between runs (the tests' cache in
/// the temp folder): same seed and size give the same bytes only from the same generator. Derived, not written by
/// hand, so nobody has to remember to bump it: the module version ids of this assembly and of every Ariadne assembly
/// it uses (the compiler derives them from the assembly's contents in deterministic builds, so they change with the
/// code and embedded data), plus the names and versions of the other libraries it uses (SkiaSharp draws the images).
/// It changes more often than the output does (a build stamps its commit into the assembly); that costs a regeneration,
/// never a stale answer.
/// </summary>
public static class SynthVersion
{
    /// <summary>16 hex digits; equal for equal generator builds.</summary>
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var synth = typeof(SynthVersion).Assembly;
        var parts = new StringBuilder(synth.ManifestModule.ModuleVersionId.ToString("N"));
        foreach (var reference in synth.GetReferencedAssemblies().OrderBy(r => r.FullName, StringComparer.Ordinal))
        {
            var name = reference.Name ?? "";
            parts.Append('\n').Append(name.StartsWith("Ariadne.", StringComparison.Ordinal)
                ? Assembly.Load(reference).ManifestModule.ModuleVersionId.ToString("N")
                : reference.FullName);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts.ToString())))[..16];
    }
}
