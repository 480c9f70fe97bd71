using System.Text;

using Ariadne.Analysis.Ingest;

namespace Ariadne.Analysis.Tests.Ingest;

/// <summary>Runs a reader over bytes in memory and collects everything it yields.</summary>
internal static class ReaderHarness
{
    public static readonly DateTimeOffset IngestedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static List<IngestRecord> ReadAll(IRecordReader reader, byte[] input, long startOffset = 0, long startLine = 0, string origin = "test.input")
    {
        using var stream = new MemoryStream(input, writable: false);
        var context = new RecordReadContext { OriginFile = origin, StartOffset = startOffset, StartLine = startLine, IngestedAtUtc = IngestedAt };
        return [.. reader.Read(stream, context, CancellationToken.None)];
    }

    public static List<IngestRecord> ReadAll(IRecordReader reader, string input) => ReadAll(reader, Encoding.UTF8.GetBytes(input));

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
