using Ariadne.Core.Entities;
using Ariadne.Linking.Networks;
using Ariadne.Store.Insights;

namespace Ariadne.Web.Networks;

/// <summary>
/// The identifiers two or more of a network's ads mention, as groups for <see cref="LinkExplainer"/>: the linker
/// joins on phones, e-mails, handles and wallets (a URL is not a link kind), so only those are offered.
/// </summary>
public static class SharedIdentifiers
{
    public static IReadOnlyList<LinkExplainerGroup> Of(IEnumerable<DocumentEntity> identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        return [.. identifiers
            .Select(i => (Kind: KindOf(i.Type), i.Value, i.DocumentId))
            .Where(i => i.Kind is not null)
            .GroupBy(i => (i.Kind, i.Value))
            .Select(g => new LinkExplainerGroup(g.Key.Kind!, g.Key.Value, [.. g.Select(i => i.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .Where(g => g.Documents.Count > 1)
            .OrderBy(g => g.Kind, StringComparer.Ordinal).ThenBy(g => g.Value, StringComparer.Ordinal)];
    }

    private static string? KindOf(EntityType type) => type switch
    {
        EntityType.Phone => "phone",
        EntityType.Email => "email",
        EntityType.Handle => "handle",
        EntityType.Crypto => "wallet",
        _ => null,
    };
}
