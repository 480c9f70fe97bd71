using System.Text;
using Ariadne.Analysis.Ingest.Jsonl;
using Ariadne.Core.Documents;
using static Ariadne.Analysis.Tests.Ingest.ReaderHarness;

namespace Ariadne.Analysis.Tests.Ingest;

public class JsonlRecordReaderTests
{
    private const string FullLine =
        """{"id":"ad-1","kind":"ad","source":"example-classifieds","url":"https://example.com/ads/1","title":"New in town","text":"Call +1 555-0100 anytime","posted_at":"2026-03-01T12:00:00Z","location":"Houston, TX","country":"us","author":"sunny_1","images":["img/a.jpg","https://example.com/b.jpg"],"language":"en","extra":{"kept":true}}""";

    [Fact]
    public void Reads_every_contract_field_and_keeps_the_raw_line_exactly()
    {
        var records = ReadAll(new JsonlRecordReader(), FullLine + "\n");

        var record = Assert.Single(records);
        var doc = record.Document!;
        Assert.Equal("ad-1", doc.ExternalId);
        Assert.Equal(DocumentKind.Ad, doc.Kind);
        Assert.Equal("example-classifieds", doc.Source);
        Assert.Equal("https://example.com/ads/1", doc.SourceUrl);
        Assert.Equal("New in town", doc.Title);
        Assert.Equal("Call +1 555-0100 anytime", doc.Body);
        Assert.Equal("2026-03-01T12:00:00Z", doc.PostedAtRaw);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), doc.PostedAtUtc);
        Assert.Equal("Houston, TX", doc.LocationRaw);
        Assert.Equal("US", doc.Country);
        Assert.Equal("sunny_1", doc.AuthorHandle);
        Assert.Equal("en", doc.Language);
        Assert.Equal(["img/a.jpg", "https://example.com/b.jpg"], doc.Images.Select(i => i.Reference));
        Assert.Equal([0, 1], doc.Images.Select(i => i.Ordinal));
        Assert.All(doc.Images, i => Assert.Equal(doc.Id, i.DocumentId));
        Assert.Equal(FullLine, Utf8(doc.RawPayload));
        Assert.Equal(DocumentIds.Sha256Hex(Encoding.UTF8.GetBytes(FullLine)), doc.ContentSha256);
        Assert.Equal(DocumentIds.FromContentHash(doc.ContentSha256), doc.Id);
        Assert.Equal("jsonl", doc.RawFormat);
        Assert.Equal("test.input", doc.OriginFile);
        Assert.Equal(1, doc.OriginLine);
        Assert.Equal(IngestedAt, doc.IngestedAtUtc);
        Assert.Equal(Encoding.UTF8.GetByteCount(FullLine) + 1, record.EndOffset);
        Assert.Equal(1, record.EndLine);
    }

    [Fact]
    public void Handles_bom_crlf_blank_lines_and_a_last_line_without_newline()
    {
        var a = """{"id":"1","text":"first"}""";
        var b = """{"id":"2","text":"second"}""";
        var c = """{"id":"3","text":"third"}""";
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + a + "\r\n\r\n   \n" + b + "\r\n" + c);

        var records = ReadAll(new JsonlRecordReader(), bytes);

        Assert.Equal(3, records.Count);
        Assert.Equal([1L, 4L, 5L], records.Select(r => r.Line));
        Assert.Equal([a, b, c], records.Select(r => Utf8(r.Document!.RawPayload)));
        var afterA = 3 + a.Length + 2;
        Assert.Equal(afterA, records[0].EndOffset);
        Assert.Equal(afterA + 2 + 4 + b.Length + 2, records[1].EndOffset);
        Assert.Equal(bytes.Length, records[2].EndOffset);
    }

    [Fact]
    public void Crlf_and_lf_copies_of_a_record_hash_the_same()
    {
        var line = """{"id":"1","text":"same"}""";
        var lf = ReadAll(new JsonlRecordReader(), line + "\n");
        var crlf = ReadAll(new JsonlRecordReader(), line + "\r\n");

        Assert.Equal(lf[0].Document!.Id, crlf[0].Document!.Id);
    }

    [Theory]
    [InlineData("""{"id":"1","text":"x""", "invalid JSON")]
    [InlineData("""[1,2]""", "not an object")]
    [InlineData("""{"id":"1"}""", "missing required field 'text'")]
    [InlineData("""{"text":"hello"}""", "missing required field 'id'")]
    [InlineData("""{"id":"","text":"hello"}""", "field 'id' is empty")]
    [InlineData("""{"id":"1","text":"  "}""", "field 'text' is empty")]
    [InlineData("""{"id":"1","text":"hello","images":5}""", "field 'images' must be an array of strings, not a number")]
    [InlineData("""{"id":"1","text":"hello","images":["a.jpg",7]}""", "item 1")]
    [InlineData("""{"id":"1","text":42}""", "field 'text' must be a string")]
    [InlineData("""{"id":"1","text":"hello","kind":"spaceship"}""", "field 'kind'")]
    [InlineData("""{"id":"1","text":"hello"} {"id":"2"}""", "invalid JSON")]
    [InlineData("""{"id":"1","text":"bad \ud800 escape"}""", "field 'text'")]
    public void Rejects_bad_lines_naming_the_problem(string line, string expected)
    {
        var records = ReadAll(new JsonlRecordReader(), "\n" + line + "\n");

        var record = Assert.Single(records);
        Assert.Null(record.Document);
        Assert.Equal(2, record.Line);
        Assert.Contains(expected, record.Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(line, Utf8(record.Rejection.Raw));
    }

    [Fact]
    public void Accepts_numeric_ids_and_epoch_dates_and_null_optionals()
    {
        var records = ReadAll(new JsonlRecordReader(), """{"id":12345,"text":"hi","posted_at":1772366400,"title":null,"images":null}""");

        var doc = Assert.Single(records).Document!;
        Assert.Equal("12345", doc.ExternalId);
        Assert.Equal("1772366400", doc.PostedAtRaw);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772366400), doc.PostedAtUtc);
        Assert.Null(doc.Title);
        Assert.Empty(doc.Images);
    }

    [Fact]
    public void Rejects_invalid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"id":"1","text":"caf""").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();

        var record = Assert.Single(ReadAll(new JsonlRecordReader(), bytes));

        Assert.Equal("line is not valid UTF-8", record.Rejection!.Reason);
        Assert.Equal(bytes.Length - 1, record.Rejection.Raw.Length);
    }

    [Fact]
    public void A_line_over_the_limit_is_rejected_without_losing_the_next_line()
    {
        var huge = "{\"id\":\"1\",\"text\":\"" + new string('x', 50_000) + "\"}";
        var next = """{"id":"2","text":"after"}""";
        var input = Encoding.UTF8.GetBytes(huge + "\n" + next + "\n");

        var records = ReadAll(new JsonlRecordReader(maxLineBytes: 10_000), input);

        Assert.Equal(2, records.Count);
        Assert.Contains("longer than the limit", records[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(4096, records[0].Rejection!.Raw.Length);
        Assert.Equal(huge.Length + 1, records[0].EndOffset);
        Assert.Equal(next, Utf8(records[1].Document!.RawPayload));
        Assert.Equal(2, records[1].Line);
        Assert.Equal(input.Length, records[1].EndOffset);
    }

    [Fact]
    public void A_thousand_lines_with_three_broken_give_997_documents_and_3_rejections()
    {
        var broken = new HashSet<int> { 10, 500, 999 };
        var builder = new StringBuilder();
        for (var i = 1; i <= 1000; i++)
        {
            builder.Append(broken.Contains(i) ? "{\"id\":\"" + i + "\", oops" : "{\"id\":\"" + i + "\",\"text\":\"ad number " + i + "\"}").Append('\n');
        }

        var records = ReadAll(new JsonlRecordReader(), builder.ToString());

        Assert.Equal(997, records.Count(r => r.Document is not null));
        var rejected = records.Where(r => r.Rejection is not null).ToList();
        Assert.Equal([10L, 500L, 999L], rejected.Select(r => r.Rejection!.Line));
        Assert.All(rejected, r => Assert.StartsWith("invalid JSON", r.Rejection!.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Resuming_from_an_end_offset_yields_exactly_the_remaining_records()
    {
        var builder = new StringBuilder("\uFEFF");
        for (var i = 1; i <= 200; i++)
        {
            builder.Append("{\"id\":\"").Append(i).Append("\",\"text\":\"café ").Append(i).Append("\"}").Append(i % 3 == 0 ? "\r\n" : "\n");
            if (i % 50 == 0)
            {
                builder.Append('\n');
            }
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        var all = ReadAll(new JsonlRecordReader(), bytes);
        foreach (var cut in new[] { 0, 1, 49, 50, 137, 198 })
        {
            var resumed = ReadAll(new JsonlRecordReader(), bytes, all[cut].EndOffset, all[cut].EndLine);

            Assert.Equal(all.Skip(cut + 1).Select(r => r.Document!.Id), resumed.Select(r => r.Document!.Id));
            Assert.Equal(all.Skip(cut + 1).Select(r => r.Line), resumed.Select(r => r.Line));
            Assert.Equal(all.Skip(cut + 1).Select(r => r.EndOffset), resumed.Select(r => r.EndOffset));
        }
    }

    [Fact]
    public void Reads_lines_that_straddle_buffer_boundaries()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            builder.Append("{\"id\":\"").Append(i).Append("\",\"text\":\"").Append('y', i % 97).Append("z\"}\n");
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        var records = ReadAll(new JsonlRecordReader(), bytes);

        Assert.Equal(3000, records.Count);
        Assert.All(records, r => Assert.NotNull(r.Document));
        Assert.Equal(bytes.Length, records[^1].EndOffset);
        long previous = 0;
        foreach (var record in records)
        {
            Assert.Equal((byte)'\n', bytes[record.EndOffset - 1]);
            Assert.Equal(bytes.AsSpan((int)previous, (int)(record.EndOffset - previous - 1)).ToArray(), record.Document!.RawPayload);
            previous = record.EndOffset;
        }
    }
}
