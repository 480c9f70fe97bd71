using System.Text;

using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Ingest.Csv;
using Ariadne.Analysis.Ingest.Html;
using Ariadne.Analysis.Ingest.Jsonl;

using FsCheck.Xunit;

using static Ariadne.Analysis.Tests.Ingest.ReaderHarness;

namespace Ariadne.Analysis.Tests.Ingest;

/// <summary>Whatever the bytes, a reader ends every input as documents plus rejections and never throws.</summary>
public class ReaderRobustnessProperties
{
    private const string JsonlSample = "\uFEFF{\"id\":\"1\",\"text\":\"Call +1 555-0100\",\"images\":[\"a.jpg\"]}\r\n{\"id\":2,\"text\":\"naïve café ✓\",\"posted_at\":\"2026-03-01\"}\n\n{\"id\":\"3\",\"text\":\"x\",\"extra\":[1,{\"y\":null}]}";

    private const string CsvSample = "id,text,images\n1,\"multi\nline\",a.jpg;b.jpg\n2,\"quote \"\"inside\"\"\",\n3,plain,\n";

    private const string HtmlSample = "<html><head><title>T</title><meta property=\"og:url\" content=\"https://example.com/1\"></head><body><main><p>Hi +1 555-0101</p><img src=\"a.jpg\"></main></body></html>";

    private static readonly IRecordReader[] Readers = [new JsonlRecordReader(maxLineBytes: 8192), new CsvRecordReader(maxRecordBytes: 8192), new HtmlRecordReader(maxFileBytes: 16384)];

    [Property(MaxTest = 300)]
    public void Random_bytes_never_throw(byte[] bytes)
    {
        foreach (var reader in Readers)
        {
            AssertWellFormed(ReadAll(reader, bytes), bytes.Length);
        }
    }

    [Property(MaxTest = 300)]
    public void Random_unicode_never_throws(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text ?? string.Empty);
        foreach (var reader in Readers)
        {
            AssertWellFormed(ReadAll(reader, bytes), bytes.Length);
        }
    }

    [Property(MaxTest = 200)]
    public void Truncated_and_spliced_files_never_throw(int cut, byte[] junk)
    {
        foreach (var (reader, sample) in new (IRecordReader, string)[] { (Readers[0], JsonlSample), (Readers[1], CsvSample), (Readers[2], HtmlSample) })
        {
            var bytes = Encoding.UTF8.GetBytes(sample);
            var at = (int)((uint)cut % (bytes.Length + 1));
            var spliced = bytes[..at].Concat(junk ?? []).Concat(bytes[at..]).ToArray();
            AssertWellFormed(ReadAll(reader, bytes[..at]), at);
            AssertWellFormed(ReadAll(reader, spliced), spliced.Length);
        }
    }

    [Property(MaxTest = 50)]
    public void Huge_lines_never_throw(byte filler, int length)
    {
        var size = 8192 + (int)((uint)length % 40_000);
        var line = Enumerable.Repeat(filler, size).ToArray();
        var bytes = Encoding.UTF8.GetBytes("id,text\n").Concat(line).Concat("\n1,ok\n"u8.ToArray()).ToArray();
        foreach (var reader in Readers)
        {
            AssertWellFormed(ReadAll(reader, bytes), bytes.Length);
        }
    }

    private static void AssertWellFormed(List<IngestRecord> records, long length)
    {
        long previous = 0;
        foreach (var record in records)
        {
            Assert.True((record.Document is null) != (record.Rejection is null), "each record is a document or a rejection");
            Assert.InRange(record.EndOffset, previous, length);
            Assert.True(record.Rejection is null || record.Rejection.Raw.Length <= IngestRejection.MaxRawBytes);
            Assert.True(record.Rejection is null || record.Rejection.Reason.Length > 0);
            previous = record.EndOffset;
        }
    }
}
