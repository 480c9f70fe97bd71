using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Ariadne.Store.Watches;

/// <summary>The keyset position after a page of a watch's matches: when the last one was found (Unix ms) and its document id.</summary>
internal readonly record struct WatchMatchCursor(long FoundAtUnixMs, string DocumentId)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(FoundAtUnixMs.ToString(CultureInfo.InvariantCulture) + "|" + DocumentId));

    /// <summary>Reads a cursor made by <see cref="Encode"/>; anything else is an <see cref="ArgumentException"/> with a message for the user.</summary>
    public static WatchMatchCursor Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && bar < text.Length - 1 && long.TryParse(text[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
            {
                return new WatchMatchCursor(ms, text[(bar + 1)..]);
            }
        }
        catch (FormatException)
        {
            // Falls through to the message below.
        }

        throw new ArgumentException("The page cursor is not valid: follow the page's own 'older matches' link.", nameof(cursor));
    }
}
