using Ariadne.Analysis.Csv;

namespace Ariadne.Analysis.Tests.Csv;

/// <summary>The one CSV writer and the one CSV reader: quoting, the formula guard, and reading back what was written.</summary>
public sealed class CsvTableTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("'=x", "''=x")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("a=b", "a=b")]
    public void A_field_is_guarded_then_quoted_when_it_needs_it(string? value, string written)
    {
        Assert.Equal(written, CsvTableWriter.Field(value));
    }

    [Fact]
    public void Records_end_with_the_chosen_line_end_and_can_quote_every_field()
    {
        var crlf = new StringWriter();
        new CsvTableWriter(crlf).WriteRecord("a", null, "=b");
        var quoted = new StringWriter();
        new CsvTableWriter(quoted, "\n", quoteEveryField: true).WriteRecord("a", null, "=b");

        Assert.Equal("a,,'=b\r\n", crlf.ToString());
        Assert.Equal("\"a\",\"\",\"'=b\"\n", quoted.ToString());
    }

    [Fact]
    public void What_the_writer_wrote_reads_back_exactly_when_the_guard_is_undone()
    {
        string[][] rows =
        [
            ["id", "note"],
            ["1", "=HYPERLINK(\"http://x.test\")"],
            ["2", "'=already quoted"],
            ["3", "''@twice"],
            ["4", "multi\r\nline, with \"quotes\""],
            ["5", "'plain apostrophe"],
            ["6", "-"],
        ];
        var text = new StringWriter();
        var writer = new CsvTableWriter(text);
        foreach (var row in rows)
        {
            writer.WriteRecord(row);
        }

        using var reader = CsvTableReader.Open(new StringReader(text.ToString()), new CsvTableOptions { HasHeader = false, UndoFormulaGuard = true });
        var read = new List<IReadOnlyList<string>>();
        var lines = new List<long>();
        while (reader.Read())
        {
            Assert.Null(reader.Problem);
            read.Add(reader.Fields());
            lines.Add(reader.Line);
        }

        Assert.Null(reader.Failure);
        Assert.Equal(rows, read);
        Assert.Equal([1L, 2, 3, 4, 5, 7, 8], lines);
    }

    [Fact]
    public void Third_party_data_is_read_as_it_is()
    {
        using var reader = CsvTableReader.Open(new StringReader("id,note\n1,'=x\n"), new CsvTableOptions());

        Assert.Equal(["id", "note"], reader.ReadHeader());
        Assert.True(reader.Read());
        Assert.Equal("'=x", reader.Field(1));
    }

    [Fact]
    public void Bad_quoting_is_a_problem_of_its_row_and_the_next_rows_are_read()
    {
        using var reader = CsvTableReader.Open(new StringReader("a,b\n1,x\"y\n2,\"ok\"\n3,\"open\n4,z\n"), new CsvTableOptions { HasHeader = false });
        var rows = new List<(long Line, string? Problem, bool RunsToEnd)>();
        while (reader.Read())
        {
            rows.Add((reader.Line, reader.Problem, reader.RunsToEnd));
        }

        Assert.Equal(
            [
                (1L, null, false),
                (2L, "bad quoting: a quote inside an unquoted field", false),
                (3L, null, false),
                (4L, "bad quoting: a quoted field is never closed", true),
            ],
            rows);
    }

    [Fact]
    public void A_record_over_the_size_limit_ends_the_read_with_a_failure_naming_its_line()
    {
        var input = "a,b\n1,ok\n2,\"" + new string('x', 40_000) + "\n";
        using var reader = CsvTableReader.Open(new StringReader(input), new CsvTableOptions { HasHeader = false, MaxRecordBytes = 8192 });

        Assert.True(reader.Read());
        Assert.True(reader.Read());
        Assert.False(reader.Read());
        Assert.Equal(3, reader.Failure!.Line);
        Assert.Contains("the rest of the file was not read", reader.Failure.Reason, StringComparison.Ordinal);
    }
}
