namespace Ariadne.Web.Maps;

/// <summary>A run of consecutive posts in one place: one stop of the movement, in time order.</summary>
public sealed record MapVisit(string Place, DateTimeOffset First, DateTimeOffset Last, int Posts);
