using System.Text;

using Ariadne.Analysis.Ingest.Csv;

using static Ariadne.Analysis.Tests.Ingest.ReaderHarness;

namespace Ariadne.Analysis.Tests.Ingest;

public class CsvRecordReaderTests
{
    [Fact]
    public void Maps_aliases_keeps_raw_rows_and_splits_images()
    {
        const string header = "ad_id,Body,Date,City,country,Photos,notes";
        const string row1 = "a1,Call +1 555-0101,2026-03-02 10:00,Houston TX,us,img/1.jpg;img/2.jpg|https://example.com/3.jpg,ignored";
        const string row2 = "a2,\"Quoted, with comma\",03/04/2026,Denver,US,,x";
        var records = ReadAll(new CsvRecordReader(), header + "\n" + row1 + "\n" + row2 + "\n");

        Assert.Equal(2, records.Count);
        var first = records[0].Document!;
        Assert.Equal("a1", first.ExternalId);
        Assert.Equal("Call +1 555-0101", first.Body);
        Assert.Equal("2026-03-02 10:00", first.PostedAtRaw);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), first.PostedAtUtc);
        Assert.Equal("Houston TX", first.LocationRaw);
        Assert.Equal("US", first.Country);
        Assert.Equal(["img/1.jpg", "img/2.jpg", "https://example.com/3.jpg"], first.Images.Select(i => i.Reference));
        Assert.Equal(row1, Utf8(first.RawPayload));
        Assert.Equal("csv", first.RawFormat);
        Assert.Equal(2, first.OriginLine);
        Assert.Equal(header.Length + 1 + row1.Length + 1, records[0].EndOffset);

        var second = records[1].Document!;
        Assert.Equal("Quoted, with comma", second.Body);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), second.PostedAtUtc);
        Assert.Equal(row2, Utf8(second.RawPayload));
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void Multi_line_quoted_fields_are_numbered_by_their_first_line()
    {
        const string input = "id,text\r\n1,\"line one\r\nline two\r\nline three\"\r\n2,plain\r\n";
        var records = ReadAll(new CsvRecordReader(), input);

        Assert.Equal(2, records.Count);
        Assert.Equal("line one\r\nline two\r\nline three", records[0].Document!.Body);
        Assert.Equal(2, records[0].Line);
        Assert.Equal(4, records[0].EndLine);
        Assert.Equal("1,\"line one\r\nline two\r\nline three\"", Utf8(records[0].Document!.RawPayload));
        Assert.Equal(5, records[1].Line);
        Assert.Equal(Encoding.UTF8.GetByteCount(input), records[1].EndOffset);
    }

    [Fact]
    public void Bom_is_not_part_of_the_first_header()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFFid,text\n7,hello\n");
        var record = Assert.Single(ReadAll(new CsvRecordReader(), bytes));

        Assert.Equal("7", record.Document!.ExternalId);
        Assert.Equal(bytes.Length, record.EndOffset);
    }

    [Fact]
    public void Explicit_mapping_overrides_the_defaults()
    {
        var reader = new CsvRecordReader(CsvColumnMapping.Parse("text=Notes, id=Ref"));
        var record = Assert.Single(ReadAll(reader, "Ref,Body,Notes\nr9,not this,this one\n"));

        Assert.Equal("r9", record.Document!.ExternalId);
        Assert.Equal("this one", record.Document.Body);
    }

    [Fact]
    public void Tsv_files_use_tabs()
    {
        var reader = new CsvRecordReader(separator: '\t');
        var record = Assert.Single(ReadAll(reader, "id\ttext\n1\ta, b and c\n"));

        Assert.Equal("a, b and c", record.Document!.Body);
    }

    [Fact]
    public void Bad_rows_are_quarantined_and_reading_goes_on()
    {
        const string input = "id,text\n1,good\n2,too,many\n3,\"bad\"quote\n4,\n,no id\n5,also good\n";
        var records = ReadAll(new CsvRecordReader(), input);

        Assert.Equal(["1", "5"], records.Where(r => r.Document is not null).Select(r => r.Document!.ExternalId));
        var rejections = records.Where(r => r.Rejection is not null).Select(r => (r.Rejection!.Line, r.Rejection.Reason, Raw: Utf8(r.Rejection.Raw))).ToList();
        Assert.Equal(4, rejections.Count);
        Assert.Equal((3L, "row has 3 fields but the header has 2", "2,too,many"), rejections[0]);
        Assert.Equal(4, rejections[1].Line);
        Assert.Contains("bad quoting", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Equal((5L, "field 'text' is empty", "4,"), rejections[2]);
        Assert.Equal((6L, "field 'id' is empty", ",no id"), rejections[3]);
    }

    [Fact]
    public void A_header_without_required_columns_rejects_the_file_once()
    {
        var record = Assert.Single(ReadAll(new CsvRecordReader(), "name,comment\nx,y\n"));

        Assert.Contains("required field 'id'", record.Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_mapping_fields_are_a_format_error()
    {
        var ex = Assert.Throws<FormatException>(() => CsvColumnMapping.Parse("texte=Body"));
        Assert.Contains("texte", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CsvColumnMapping.Parse("text"));
    }

    [Fact]
    public void Resuming_from_an_end_offset_yields_exactly_the_remaining_records()
    {
        var builder = new StringBuilder("\uFEFFid;text;city\r\n");
        for (var i = 1; i <= 120; i++)
        {
            builder.Append(i).Append(i % 7 == 0 ? ";\"multi\r\nline ; " : ";plain ").Append(i).Append(i % 7 == 0 ? "\"" : string.Empty).Append(";Zürich\r\n");
            if (i % 40 == 0)
            {
                builder.Append("\r\n");
            }
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        var all = ReadAll(new CsvRecordReader(), bytes);
        Assert.Equal(120, all.Count(r => r.Document is not null));
        foreach (var cut in new[] { 0, 6, 39, 40, 99, 118 })
        {
            var resumed = ReadAll(new CsvRecordReader(), bytes, all[cut].EndOffset, all[cut].EndLine);

            Assert.Equal(all.Skip(cut + 1).Select(r => r.Document!.Id), resumed.Select(r => r.Document?.Id));
            Assert.Equal(all.Skip(cut + 1).Select(r => r.Line), resumed.Select(r => r.Line));
            Assert.Equal(all.Skip(cut + 1).Select(r => r.EndOffset), resumed.Select(r => r.EndOffset));
        }
    }

    [Fact]
    public void Utf16_files_are_rejected_with_a_fix()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id,text\n1,x\n")).ToArray();
        var record = Assert.Single(ReadAll(new CsvRecordReader(), bytes));

        Assert.Contains("save it as UTF-8", record.Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_in_a_big_file_is_one_rejection_not_a_crash()
    {
        var input = "id,text\n1,ok\n2,\"never closed " + new string('x', 40_000) + "\n3,later\n";
        var records = ReadAll(new CsvRecordReader(maxRecordBytes: 8192), input);

        Assert.Equal("1", records[0].Document!.ExternalId);
        Assert.All(records.Skip(1), r => Assert.NotNull(r.Rejection));
        Assert.Equal(Encoding.UTF8.GetByteCount(input), records[^1].EndOffset);
    }
}
