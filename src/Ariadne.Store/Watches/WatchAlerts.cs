namespace Ariadne.Store.Watches;

/// <summary>What the dashboard says about an account's watches: "3 watches have 41 new matches".</summary>
public sealed record WatchAlerts(int Watches, int WatchesWithNew, long NewMatches);
