using Ariadne.Core.Entities;

namespace Ariadne.Scoring.Matching;

/// <summary>
/// Entities stand in a pattern as <c>{phone}</c>, <c>{crypto}</c>, <c>{price}</c>...: a document's extracted
/// entity becomes one token, so "deposit by {crypto} only" matches whatever wallet was written there.
/// </summary>
internal static class Placeholders
{
    private static readonly string[] Tokens = Enum.GetValues<EntityType>().Select(t => "{" + t.ToString().ToLowerInvariant() + "}").ToArray();

    public static string For(EntityType type) => Tokens[(int)type];

    public static bool IsKnown(string token) => Array.IndexOf(Tokens, token) >= 0;
}
