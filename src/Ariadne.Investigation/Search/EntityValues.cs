using Ariadne.Core.Entities;
using Ariadne.Extraction.Query;

namespace Ariadne.Investigation.Search;

/// <summary>
/// The stored form of an entity value typed or pasted into a URL: "713-555-0171" is the phone +17135550171,
/// "Jade@Example.com" the e-mail jade@example.com, "IG:@Jade" the handle instagram:jade, so an entity page or the
/// entity API finds the documents whatever the format. Other types, and values read as nothing or as several (a
/// handle without its platform), stay as given.
/// </summary>
public static class EntityValues
{
    public static string Canonical(EntityType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return type is EntityType.Phone or EntityType.Email or EntityType.Handle or EntityType.Crypto
            && QueryIdentifiers.Canonical(type, value) is { } canonical
            ? canonical
            : value;
    }
}
