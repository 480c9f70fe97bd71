using Ariadne.Extraction;
using Ariadne.Store;
using Ariadne.Store.Watches;

namespace Ariadne.Analysis.Watches;

/// <summary>
/// Turns what an analyst typed into a watch's stored definition, in the form the analysis stores: an identifier
/// as the extractor normalises it (a phone in any written form becomes E.164, an e-mail lower case, a handle
/// <c>platform:user</c>), so a watch matches the mentions of every way the ads write it. Saved searches are built
/// from a validated search query instead (<see cref="WatchSearch"/>).
/// </summary>
public static class WatchDefinitions
{
    /// <summary>The definition of an identifier, network or city watch, or an error naming what is expected.</summary>
    public static async Task<(string? Definition, string? Error)> CreateAsync(AriadneStore store, WatchKind kind, string? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, $"{kind.ToWireName()}: give the value to watch.");
        }

        switch (kind)
        {
            case WatchKind.Network:
                return await store.Networks.GetNetworkSizeAsync(text, cancellationToken) is null
                    ? (null, $"network: there is no network '{text}'.")
                    : (text, null);
            case WatchKind.City:
                return City(text);
            case WatchKind.Search:
                return (null, "search: a saved search is made from a search query, not a single value.");
            default:
                return Identifier(kind, text);
        }
    }

    private static (string?, string?) Identifier(WatchKind kind, string text)
    {
        var type = WatchKinds.EntityTypeOf(kind)!.Value;
        var found = new EntityExtractor().Extract(text).FirstOrDefault(e => e.Type == type);
        if (found.Value is not null)
        {
            return (found.Value, null);
        }

        // A handle already in its stored form (telegram:name) is not something an ad would write.
        if (kind == WatchKind.Handle && text.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && colon < text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal))
        {
            return (text.ToLowerInvariant(), null);
        }

        return (null, kind switch
        {
            WatchKind.Phone => $"phone: '{text}' is not a phone number; write it with its country code, e.g. +1 713 555 0142.",
            WatchKind.Email => $"email: '{text}' is not an e-mail address.",
            WatchKind.Handle => $"handle: '{text}' is not a handle; write it as platform:user (telegram:maria) or as an ad would (telegram @maria).",
            _ => $"wallet: '{text}' is not a wallet address with a valid checksum.",
        });
    }

    // Cities are watched as the extract stage stores a posting city (gazetteer name, comma, country code), decided
    // the same way it decides one from a location field, so "houston, us" watches what the maps call "Houston, US".
    private static (string?, string?) City(string text)
    {
        var comma = text.LastIndexOf(',');
        var country = comma > 0 ? text[(comma + 1)..].Trim().ToUpperInvariant() : "";
        var name = comma > 0 ? text[..comma].Trim() : "";
        if (name.Length == 0 || country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            return (null, $"city: '{text}' is not a city with its country; write it as the maps do, e.g. Houston, US.");
        }

        var city = Stages.PostingCity.Of(new EntityExtractor(), name, country);
        return city is not null && city.EndsWith(", " + country, StringComparison.Ordinal)
            ? (city, null)
            : (null, $"city: there is no city '{name}' in {country} in the gazetteer.");
    }
}
