using System.Globalization;
using Ariadne.Linking.Networks;

namespace Ariadne.Web.Networks;

/// <summary>
/// Puts a chain of joining edges into plain words, one sentence per hop ("Ad A shares phone +1… with ad B"), so the
/// answer to "why are these two ads linked?" can be read without knowing how linking works.
/// </summary>
public static class LinkNarrator
{
    /// <param name="nameOf">How to call an ad in the sentence, quotes included (see <see cref="AdName"/>).</param>
    public static IReadOnlyList<string> Narrate(IReadOnlyList<LinkStep> chain, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(nameOf);
        return [.. chain.Select((step, i) => Sentence(step, nameOf, i == 0))];
    }

    public static string Describe(string kind, string evidence, double similarity) => kind switch
    {
        "text" => string.Create(CultureInfo.InvariantCulture, $"is a near-duplicate ({similarity:0.00}) of"),
        "template" => "writes from the same template (" + evidence + ") as",
        "photo" => "shows the same photo (PDQ group " + (evidence.Length > 12 ? evidence[..12] + "…" : evidence) + ") as",
        "wallet" => "shares wallet " + evidence + " with",
        _ => "shares " + kind + " " + evidence + " with",
    };

    private static string Sentence(LinkStep step, Func<string, string> nameOf, bool first) =>
        $"{(first ? "Ad" : "ad")} {nameOf(step.From)} {Describe(step.Kind, step.Evidence, step.Similarity)} ad {nameOf(step.To)}";
}
