using System.Globalization;
using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Linking;
using Ariadne.Linking.Graph;

namespace Ariadne.Analysis.Linking;

/// <summary>Builds a <see cref="LinkDocument"/> from a text's extracted entities (identifiers, names, ages, cities).</summary>
public static class LinkDocumentFactory
{
    /// <param name="phrases">Template phrases sampled earlier (the store keeps them with the signature); null samples the text when linking.</param>
    public static LinkDocument Create(string id, string text, DateTimeOffset? postedUtc, IEnumerable<(EntityType Type, string Value)> entities, IReadOnlyList<string>? photoKeys = null,
        uint[]? phrases = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var identifiers = new List<LinkIdentifier>();
        var names = new List<string>();
        var ages = new List<int>();
        var cities = new List<string>();
        foreach (var (type, value) in entities)
        {
            if (LinkKinds.FromEntity(type) is { } kind)
            {
                identifiers.Add(new LinkIdentifier(kind, value));
                continue;
            }

            switch (type)
            {
                case EntityType.Name:
                    AddDistinct(names, value);
                    break;
                case EntityType.Age when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var age):
                    if (!ages.Contains(age))
                    {
                        ages.Add(age);
                    }

                    break;
                case EntityType.Location:
                    AddDistinct(cities, value);
                    break;
                default:
                    break;
            }
        }

        if (photoKeys is not null)
        {
            foreach (var key in photoKeys)
            {
                identifiers.Add(new LinkIdentifier(LinkKind.Photo, key));
            }
        }

        return new LinkDocument { Id = id, Text = text, PostedUtc = postedUtc, Identifiers = identifiers, Names = names, Ages = ages, Cities = cities, Phrases = phrases };
    }

    public static LinkDocument Create(string id, string text, DateTimeOffset? postedUtc, IReadOnlyList<ExtractedEntity> entities, IReadOnlyList<string>? photoKeys = null) =>
        Create(id, text, postedUtc, entities.Select(e => (e.Type, e.Value)), photoKeys);

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
