using Ariadne.Core.Entities;
using Ariadne.Store.Insights;

namespace Ariadne.Web.Graphs;

/// <summary>
/// Which entity types point at one poster. A phone, e-mail, handle, wallet or profile link does; a first name, an
/// age, a price or a city does not (many unrelated people share "Camila", "22" or "Houston"), so joining documents
/// on them would draw one movement trail, one graph and one set of "linked identifiers" over strangers. Pages and
/// APIs ask here before they draw anything that implies one person.
/// </summary>
public static class Identifying
{
    public static bool Is(EntityType type) => InsightRepository.IdentifierTypes.Contains(type);

    /// <summary>Why documents sharing this non-identifying value are listed and never joined, in one sentence.</summary>
    public static string NotAnIdentity(EntityType type) => type switch
    {
        EntityType.Name => "A name is not an identity: many unrelated people share a first name, and ads reuse invented ones.",
        EntityType.Age => "An age is not an identity: thousands of unrelated ads give the same age.",
        EntityType.Price => "A price is not an identity: unrelated posters charge the same rates.",
        EntityType.Location => "A place is not an identity: unrelated people post from the same city.",
        _ => "This value is not an identifier: unrelated people share it.",
    };
}
