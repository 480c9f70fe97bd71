using System.Buffers;
using System.Text.Json;
using Ariadne.Synth.Model;

namespace Ariadne.Synth.Output;

/// <summary>Writes ads.jsonl: one Document JSONL object per line, "\n" endings, fields in contract order.</summary>
internal static class AdsWriter
{
    public static void Write(string path, IReadOnlyList<AdRecord> ads, IProgress<int>? progress, int progressFrom, int progressTo)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer, JsonOptions.Compact);
        var lastPercent = -1;
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteString("id", ad.Id);
            writer.WriteString("kind", "ad");
            writer.WriteString("source", ad.Source);
            writer.WriteString("url", "https://ads.example.com/" + Slug(ad.City.Name) + "/" + ad.Id);
            writer.WriteString("title", ad.Title);
            writer.WriteString("text", ad.Text);
            writer.WriteString("posted_at", ad.PostedAt);
            writer.WriteString("location", ad.City.Display);
            writer.WriteString("country", ad.City.Country);
            writer.WriteString("author", ad.Author);
            writer.WriteStartArray("images");
            foreach (var image in ad.Images)
            {
                writer.WriteStringValue(image.Path);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            file.Write(buffer.WrittenSpan);
            file.WriteByte((byte)'\n');
            var percent = progressFrom + ((progressTo - progressFrom) * (i + 1) / ads.Count);
            if (progress is not null && percent != lastPercent)
            {
                progress.Report(percent);
                lastPercent = percent;
            }
        }
    }

    private static string Slug(string city) => city.ToLowerInvariant().Replace(' ', '-');
}
