using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Ariadne.Store.Search;

/// <summary>
/// The keyset position after the last row of a page: its PostedAtUtc (in ticks, null sorts last) and Id.
/// Encoded as base64url so callers treat it as opaque.
/// </summary>
internal readonly record struct PageCursor(DateTimeOffset? PostedAtUtc, string Id)
{
    public string Encode()
    {
        var posted = PostedAtUtc is { } p ? p.UtcTicks.ToString(CultureInfo.InvariantCulture) : "-";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(posted + "|" + Id));
    }

    public static PageCursor Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && bar < text.Length - 1)
            {
                var posted = text[..bar];
                var id = text[(bar + 1)..];
                if (posted == "-")
                {
                    return new PageCursor(null, id);
                }

                if (long.TryParse(posted, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                    && ticks <= DateTimeOffset.MaxValue.UtcTicks)
                {
                    return new PageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
                }
            }
        }
        catch (FormatException)
        {
            // Falls through to the message below.
        }

        throw new ArgumentException("The search cursor is not valid: pass back the NextCursor of the previous page unchanged.", nameof(cursor));
    }
}
