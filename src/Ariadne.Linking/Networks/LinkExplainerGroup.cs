namespace Ariadne.Linking.Networks;

/// <summary>
/// Documents of one network that all mention the same identifier (<see cref="Kind"/> phone, email, handle or
/// wallet), offered to <see cref="LinkExplainer"/> as direct links: a network keeps only a spanning tree of its
/// joining edges, so two ads that list the same phone may be joined in that tree through photos alone.
/// </summary>
public sealed record LinkExplainerGroup(string Kind, string Value, IReadOnlyList<string> Documents);
