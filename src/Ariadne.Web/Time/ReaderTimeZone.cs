using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Ariadne.Web.Time;

/// <summary>
/// The time zone a reader sees times in: UTC unless they chose another on <c>/settings/time-zone</c>, which is kept
/// in a cookie so the server renders every page in it (right without script). Every time written carries its zone,
/// so "23:00" is never read as the wrong day: stored times are UTC instants and an unlabelled one is ambiguous.
/// </summary>
public static class ReaderTimeZone
{
    public const string CookieName = "ariadne.tz";

    private static readonly Lazy<IReadOnlyDictionary<string, TimeZoneInfo>> Zones = new(Load);

    /// <summary>The zones a reader may choose: UTC, then the IANA region/city zones of this machine, by id.</summary>
    public static IReadOnlyList<string> Choices => [.. Zones.Value.Keys.Order(StringComparer.Ordinal).OrderBy(id => id != "UTC")];

    /// <summary>The reader's zone from the request's cookie; UTC without one or for an id not offered.</summary>
    public static TimeZoneInfo Of(HttpContext? context) =>
        context?.Request.Cookies[CookieName] is { } id && TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Only ids from <see cref="Choices"/>: a cookie is user input.</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (id is null || !Zones.Value.TryGetValue(id, out var found))
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>"2026-08-22 04:00 UTC", or "2026-08-21 23:00 America/Chicago (UTC-05:00)" in another zone.</summary>
    public static string Format(DateTimeOffset value, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (IsUtc(zone))
        {
            return value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        }

        var local = TimeZoneInfo.ConvertTime(value, zone);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + zone.Id + " (UTC" + Offset(local.Offset) + ")";
    }

    /// <summary>The zone's name as the header shows it: "UTC" or its IANA id.</summary>
    public static string Label(TimeZoneInfo zone) => IsUtc(zone) ? "UTC" : zone.Id;

    public static bool IsUtc(TimeZoneInfo zone) => zone.Id is "UTC" or "Etc/UTC" || ReferenceEquals(zone, TimeZoneInfo.Utc);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

    private static Dictionary<string, TimeZoneInfo> Load()
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal) { ["UTC"] = TimeZoneInfo.Utc };
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            // Region/City names only: the Etc/GMT+5 family has inverted signs and the rest are aliases.
            if (zone.Id.Contains('/', StringComparison.Ordinal) && !zone.Id.StartsWith("Etc/", StringComparison.Ordinal))
            {
                zones.TryAdd(zone.Id, zone);
            }
        }

        return zones;
    }
}
