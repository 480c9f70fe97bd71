namespace Ariadne.Linking.Networks;

/// <summary>One stop of a network's movement: a city and the ads posted there before the network moved on.</summary>
public sealed record CityStint(string City, DateTimeOffset? FirstSeenUtc, DateTimeOffset? LastSeenUtc, int Ads);
