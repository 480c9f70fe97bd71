namespace Ariadne.Web.Maps;

/// <summary>The JSON map.js draws; <see cref="Unplaced"/> counts posts with no date or no known location.</summary>
public sealed record MovementData(IReadOnlyList<MapPlace> Places, IReadOnlyList<MapVisit> Visits, int Unplaced);
