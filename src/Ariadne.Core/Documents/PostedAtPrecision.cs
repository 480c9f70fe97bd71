namespace Ariadne.Core.Documents;

/// <summary>
/// Whether a posting time as written (<c>posted_at_raw</c>) gave a time of day or only a date. "August 22, 2026" or
/// "2026-08-22" is a calendar date: <see cref="PostedAtParser"/> stores it as midnight UTC only so it sorts, and
/// showing that instant in a zone west of UTC would move it to the day before ("Aug 21, 5:00 PM"), while printing
/// it as 00:00:00 UTC would claim a time nobody wrote. Such values are shown and exported as dates.
/// </summary>
public static class PostedAtPrecision
{
    /// <summary>
    /// True when <paramref name="raw"/> parses as a posting time but names no time of day: no hour:minute part and
    /// not a Unix timestamp (which is always an instant).
    /// </summary>
    public static bool IsDateOnly(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var text = raw.Trim();
        if (text.Contains(':', StringComparison.Ordinal) || text.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Midnight is what the parser gives a date without a time; anything else means the text held a time in a
        // form without a colon ("10pm"), which is an instant after all.
        return PostedAtParser.TryParse(text, null, out var utc) && utc.TimeOfDay == TimeSpan.Zero;
    }

    /// <summary>
    /// The calendar date of a date-only posting (<see cref="IsDateOnly"/>), read from the stored midnight-UTC value
    /// so it is the date as written whatever the reader's zone; null when the value carries a time.
    /// </summary>
    public static DateOnly? DateOf(string? raw, DateTimeOffset? postedAtUtc) =>
        postedAtUtc is { } at && IsDateOnly(raw) ? DateOnly.FromDateTime(at.UtcDateTime) : null;
}
