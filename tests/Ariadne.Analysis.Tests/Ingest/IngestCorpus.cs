using System.Text;

namespace Ariadne.Analysis.Tests.Ingest;

/// <summary>Synthetic inputs for ingest tests.</summary>
internal static class IngestCorpus
{
    /// <summary>JSONL of <paramref name="count"/> ads; the 1-based lines in <paramref name="broken"/> are invalid JSON.</summary>
    public static string Jsonl(int count, IReadOnlySet<int>? broken = null, string? image = null)
    {
        var builder = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            if (broken?.Contains(i) == true)
            {
                builder.Append("{\"id\":\"ad-").Append(i).Append("\",\"text\":").Append('\n');
                continue;
            }

            builder.Append("{\"id\":\"ad-").Append(i).Append("\",\"text\":\"Sweet ad ").Append(i)
                .Append(" call +1 555-01").Append((i % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append('"');
            if (image is not null)
            {
                builder.Append(",\"images\":[\"").Append(image).Append("\",\"https://example.com/p/").Append(i).Append(".jpg\"]");
            }

            builder.Append("}\n");
        }

        return builder.ToString();
    }
}
