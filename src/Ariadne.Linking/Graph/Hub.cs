using System.Globalization;

namespace Ariadne.Linking.Graph;

/// <summary>Evidence the hub guard refused to merge on, with the numbers behind the decision.</summary>
public sealed record Hub(LinkKind Kind, string Value, int Documents, int Groups, string Reason)
{
    /// <summary>Why an identifier is a hub, in the words the app shows.</summary>
    public static string IdentifierReason(int documents, int groups) =>
        string.Create(CultureInfo.InvariantCulture, $"shared by {documents} documents of {groups} otherwise unrelated posters");

    /// <summary>A boilerplate text family as a hub: its value names the family by size (texts have no identifier).</summary>
    public static Hub TextFamily(int documents, int groups) =>
        new(LinkKind.Text, string.Create(CultureInfo.InvariantCulture, $"text family of {documents} documents"), documents, groups,
            string.Create(CultureInfo.InvariantCulture, $"near-duplicate text shared by {documents} documents of {groups} otherwise unrelated posters (boilerplate)"));
}
