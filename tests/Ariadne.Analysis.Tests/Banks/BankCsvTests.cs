using Ariadne.Analysis.Banks;
using Ariadne.Core.Imaging;
using Ariadne.Imaging.Pdq;
using Ariadne.Store.Banks;

namespace Ariadne.Analysis.Tests.Banks;

public sealed class BankCsvTests
{
    private const string H1 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private const string H2 = "0000000000000000000000000000000000000000000000000000000000000001";
    private static readonly BankCsvDefaults Defaults = new() { Source = "default-source", AddedAtUtc = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

    [Fact]
    public void Write_then_read_gives_the_same_entries_and_the_same_text()
    {
        var entries = new[]
        {
            new BankEntry { Hash = H1, Quality = 100, Source = "partner, \"A\"", AddedBy = "analyst", Reason = "line one\nline two", AddedAtUtc = new DateTimeOffset(2026, 3, 1, 12, 0, 0, 123, TimeSpan.Zero) },
            new BankEntry { Hash = H2, AddedAtUtc = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero) },
        };
        var text = Write(entries);

        var read = BankCsv.Read(new StringReader(text), new BankCsvDefaults());

        Assert.Empty(read.Errors);
        Assert.Equal(entries.Select(Fields), read.Entries.Select(Fields));
        Assert.Equal(text, Write(read.Entries));
        Assert.StartsWith("signal_type,signal_value,quality,source,added_by,reason,added_at\npdq," + H1 + ",100,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_are_reported_by_line_and_field_and_the_rest_are_read()
    {
        var text = "Signal_Type,SIGNAL_VALUE,quality,reason\n"
            + $"pdq,{H1.ToUpperInvariant()},90,\"spans\ntwo lines\"\n"
            + "md5,d41d8cd98f00b204e9800998ecf8427e,,\n"
            + "pdq,not-a-hash,,\n"
            + $"pdq,{H2},high,\n"
            + $"pdq,{H2}\n"
            + "\n"
            + $",{H2},,\n";

        var read = BankCsv.Read(new StringReader(text), Defaults);

        Assert.Equal(
            [
                "line 4, field 'signal_type': unsupported signal type 'md5' (only 'pdq' is supported)",
                "line 5, field 'signal_value': 'not-a-hash' is not a PDQ hash (expected 64 hex digits)",
                "line 6, field 'quality': 'high' is not a whole number from 0 to 100",
                "line 7: row has 2 fields but the header has 4",
            ],
            read.Errors.Select(e => e.ToString()));
        Assert.Equal([H1, H2], read.Entries.Select(e => e.Hash));
        Assert.Equal("spans\ntwo lines", read.Entries[0].Reason);
        Assert.Equal(("default-source", Defaults.AddedAtUtc), (read.Entries[1].Source, read.Entries[1].AddedAtUtc));
    }

    [Fact]
    public void A_file_without_a_signal_value_column_is_rejected_as_a_whole()
    {
        var ex = Assert.Throws<InvalidDataException>(() => BankCsv.Read(new StringReader("hash,quality\nabc,1\n"), Defaults));
        Assert.Contains("signal_value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Python_threatexchange_signal_files_are_read()
    {
        var read = BankCsv.Read(new StringReader($"pdq {H1}\n{H2}\npdq nope\n"), Defaults);

        Assert.Equal([H1, H2], read.Entries.Select(e => e.Hash));
        Assert.Equal("line 3, field 'signal_value': 'nope' is not a PDQ hash (expected 64 hex digits)", Assert.Single(read.Errors).ToString());
    }

    [Fact]
    public void Cells_that_a_spreadsheet_would_run_are_neutralised_and_read_back_as_they_were()
    {
        var entries = new[]
        {
            new BankEntry { Hash = H1, Source = "=HYPERLINK(\"http://x.test\",\"open\")", AddedBy = "@analyst", Reason = "-1 duplicate", AddedAtUtc = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) },
            new BankEntry { Hash = H2, Source = "+partner", AddedBy = "'=already quoted", Reason = "=1+1", AddedAtUtc = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero) },
        };
        var text = Write(entries);

        var lines = text.Split('\n');
        Assert.Equal($"pdq,{H1},,\"'=HYPERLINK(\"\"http://x.test\"\",\"\"open\"\")\",'@analyst,'-1 duplicate,2026-03-01T00:00:00.000Z", lines[1]);
        Assert.Equal($"pdq,{H2},,'+partner,''=already quoted,'=1+1,2026-03-02T00:00:00.000Z", lines[2]);

        var read = BankCsv.Read(new StringReader(text), new BankCsvDefaults());

        Assert.Empty(read.Errors);
        Assert.Equal(entries.Select(Fields), read.Entries.Select(Fields));
        Assert.Equal(text, Write(read.Entries));
    }

    [Fact]
    public void A_row_with_bad_quoting_is_reported_and_skipped_and_an_unclosed_quote_rejects_the_file()
    {
        var read = BankCsv.Read(new StringReader($"signal_type,signal_value,reason\npdq,{H1},said \"hi\"\npdq,{H2},fine\n"), Defaults);

        Assert.Equal("line 2: bad quoting: a quote inside an unquoted field", Assert.Single(read.Errors).ToString());
        Assert.Equal([H2], read.Entries.Select(e => e.Hash));

        var ex = Assert.Throws<InvalidDataException>(() => BankCsv.Read(new StringReader($"signal_type,signal_value,reason\npdq,{H1},ok\npdq,{H2},\"never closed\npdq,{H1},x\n"), Defaults));
        Assert.Equal("line 3: a quoted field is never closed; the rest of the file was not read", ex.Message);
    }

    [Fact]
    public void Matcher_finds_planted_near_duplicates_and_nothing_else()
    {
        var random = new Random(5);
        var bank = new List<BankedHash>();
        for (var i = 0; i < 3000; i++)
        {
            bank.Add(new BankedHash(i % 2 == 0 ? "even" : "odd", new BankEntry { Id = i + 1, Hash = RandomHash(random).ToString(), Quality = i == 7 ? 30 : 90 }));
        }

        var query = RandomHash(random);
        var planted = new Dictionary<long, int> { [8] = 0, [101] = 12, [2002] = 31 };
        foreach (var (id, bits) in planted)
        {
            bank[(int)id - 1].Entry.Hash = Flip(query, bits, random).ToString();
        }

        bank[500].Entry.Hash = Flip(query, 32, random).ToString();
        var matcher = new BankMatcher(bank);

        var matches = matcher.Match(query);

        Assert.Equal(planted.OrderBy(p => p.Value).Select(p => (p.Key, p.Value)), matches.Select(m => (m.Banked.Entry.Id, m.Distance)));
        Assert.False(matches[0].EntryReliable);
        Assert.Equal("odd", matches[0].Banked.BankName);
        Assert.Equal(4, matcher.Match(query, 32).Count);
    }

    private static string Write(IEnumerable<BankEntry> entries)
    {
        var writer = new StringWriter();
        BankCsv.Write(writer, entries);
        return writer.ToString();
    }

    private static (string, string, int?, string?, string?, string?, DateTimeOffset) Fields(BankEntry e) =>
        (e.SignalType, e.Hash, e.Quality, e.Source, e.AddedBy, e.Reason, e.AddedAtUtc);

    private static PdqHash RandomHash(Random random) =>
        new((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());

    private static PdqHash Flip(PdqHash hash, int bits, Random random)
    {
        var words = new[] { hash.Bits0, hash.Bits1, hash.Bits2, hash.Bits3 };
        foreach (var k in Enumerable.Range(0, 256).OrderBy(_ => random.Next()).Take(bits))
        {
            words[k >> 6] ^= 1UL << (k & 63);
        }

        return new PdqHash(words[0], words[1], words[2], words[3]);
    }
}
