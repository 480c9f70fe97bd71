namespace Ariadne.Web.Hosting;

/// <summary>
/// The content type of a stored photo from its first bytes. Blobs have no names, and an ad's file extension is
/// not to be trusted; anything that is not a common raster image is served as a download, never rendered.
/// </summary>
public static class ImageContentType
{
    public static string Sniff(string path)
    {
        Span<byte> head = stackalloc byte[12];
        using (var stream = File.OpenRead(path))
        {
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }

        return Sniff(head);
    }

    public static string Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "image/gif",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P'] => "image/webp",
        _ => "application/octet-stream",
    };
}
