using System.Text;
using System.Text.Json;
using Ariadne.Analysis.Csv;
using Ariadne.Core.Cases;
using Ariadne.Investigation.Cases;
using Ariadne.Investigation.Cases.Timeline;

namespace Ariadne.Investigation.Tests.Cases;

/// <summary>The timeline of a case over a known store: exact order and kinds, filters, cap, CSV and JSON. Both engines.</summary>
public abstract class CaseTimelineBuilderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset April1 = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private CaseStore? corpus;
    private string caseId = "";

    protected abstract Ariadne.Store.StoreKind Kind { get; }

    private CaseStore Corpus => corpus ??= new CaseStore(Kind);

    public async Task InitializeAsync()
    {
        await Corpus.InitializeAsync();
        var cases = Corpus.Cases;
        var analyst = Corpus.Analyst;
        Corpus.Time.Now = April1;
        caseId = (await cases.CreateAsync(analyst, "Houston phone ring")).Id;
        Corpus.Time.Now = April1.AddHours(1);
        await cases.CaptureNetworkAsync(analyst, caseId, Corpus.NetworkId);
        Corpus.Time.Now = April1.AddHours(1.5);
        await cases.AddItemAsync(analyst, caseId, CaseItemType.Document, Corpus.Id["d5"]);
        Corpus.Time.Now = April1.AddDays(1);
        await cases.AddNoteAsync(analyst, caseId, "=cmd|' /C calc'!A0 spoke to the hotline");
        Corpus.Time.Now = April1.AddDays(1).AddHours(3);
        var task = await cases.AddTaskAsync(analyst, caseId, "Subpoena the phone carrier");
        Corpus.Time.Now = April1.AddDays(2);
        await cases.UpdateAsync(analyst, caseId, null, null, CaseStatus.OnHold);
        Corpus.Time.Now = April1.AddDays(3);
        await cases.CompleteTaskAsync(analyst, caseId, task.Id);
    }

    public Task DisposeAsync() => Corpus.DisposeAsync();

    [Fact]
    public async Task A_tip_written_as_a_date_stays_a_date_in_the_timeline_its_csv_and_json()
    {
        var timeline = await new CaseTimelineBuilder(Corpus.Store).BuildAsync(Corpus.Cases, Corpus.Analyst, caseId);

        var tip = Assert.Single(timeline.Events, e => e.Kind == TimelineKind.Tip);
        Assert.True(tip.DateOnly);
        Assert.Equal("2026-03-02", tip.When);
        Assert.All(timeline.Events.Where(e => e.LinkId != Corpus.Id["d5"]), e => Assert.False(e.DateOnly));
        var csv = TimelineExport.ToCsv(timeline);
        Assert.Contains("\"2026-03-02\",\"tip\",\"Tip received: Hotline tip\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-03-02T00:00:00Z", csv, StringComparison.Ordinal);
        Assert.Contains("\"2026-03-01T10:00:00Z\",\"posted\"", csv, StringComparison.Ordinal);
        var json = Encoding.UTF8.GetString(TimelineExport.ToJson(timeline));
        Assert.Contains("\"at_utc\": \"2026-03-02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date_only\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_postings_tips_moves_photos_and_case_work_oldest_first()
    {
        var timeline = await new CaseTimelineBuilder(Corpus.Store).BuildAsync(Corpus.Cases, Corpus.Analyst, caseId);

        var id = Corpus.Id;
        var expected = new (string Kind, string? Link, string TitleStart)[]
        {
            (TimelineKind.Posted, id["n1"], "Ad posted: Sweet Jade"),
            (TimelineKind.City, id["n1"], "First seen in Houston, TX"),
            (TimelineKind.Photo, id["n1"], "Photo first seen"),
            (TimelineKind.Tip, id["d5"], "Tip received: Hotline tip"),
            (TimelineKind.Posted, id["n2"], "Ad posted: New in town"),
            (TimelineKind.City, id["n2"], "Moved to Dallas, TX"),
            (TimelineKind.Posted, id["n3"], "Ad posted: Jade again"),
            (TimelineKind.Photo, id["n3"], "Photo first seen"),
            (TimelineKind.Posted, id["n4"], "Ad posted: Back"),
            (TimelineKind.City, id["n4"], "Moved to Houston, TX"),
            (TimelineKind.Status, null, "Case opened"),
            (TimelineKind.Evidence, null, "Evidence captured: network-" + Corpus.NetworkId + ".json"),
            (TimelineKind.Note, null, "Note by u-analyst"),
            (TimelineKind.Task, null, "Task added: Subpoena the phone carrier"),
            (TimelineKind.Status, null, "Status changed: open → on-hold"),
            (TimelineKind.Task, null, "Task done: Subpoena the phone carrier"),
        };
        Assert.Equal(expected.Length, timeline.Events.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = timeline.Events[i];
            Assert.Equal(expected[i].Kind, actual.Kind);
            Assert.StartsWith(expected[i].TitleStart, actual.Title, StringComparison.Ordinal);
            if (expected[i].Link is { } link)
            {
                Assert.Equal(TimelineLinkType.Document, actual.LinkType);
                Assert.Equal(link, actual.LinkId);
            }
        }

        Assert.Equal("from Dallas, TX", timeline.Events[9].Detail);
        Assert.Equal(TimelineLinkType.Evidence, timeline.Events[11].LinkType);
        Assert.DoesNotContain(timeline.Events, e => e.LinkId == id["x6"]);
        Assert.Equal(5, timeline.DocumentsTotal);
        Assert.False(timeline.Capped);
    }

    [Fact]
    public async Task Filters_by_kind_and_inclusive_date_range()
    {
        var builder = new CaseTimelineBuilder(Corpus.Store);
        var filter = new TimelineFilter([TimelineKind.City, TimelineKind.Tip], new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.Zero));

        var timeline = await builder.BuildAsync(Corpus.Cases, Corpus.Analyst, caseId, filter);

        Assert.Equal(["tip Tip received: Hotline tip", "city Moved to Dallas, TX", "city Moved to Houston, TX"], timeline.Events.Select(e => e.Kind + " " + e.Title));
    }

    [Fact]
    public async Task Reads_only_the_earliest_documents_over_the_cap_and_says_so()
    {
        var timeline = await new CaseTimelineBuilder(Corpus.Store) { DocumentCap = 2 }.BuildAsync(Corpus.Cases, Corpus.Analyst, caseId);

        Assert.True(timeline.Capped);
        Assert.Equal(2, timeline.DocumentsRead);
        Assert.Equal(5, timeline.DocumentsTotal);
        Assert.Equal([Corpus.Id["n1"], Corpus.Id["d5"]], timeline.Events.Where(e => e.Kind is TimelineKind.Posted or TimelineKind.Tip).Select(e => e.LinkId));
    }

    [Fact]
    public async Task A_non_member_gets_no_timeline()
    {
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => new CaseTimelineBuilder(Corpus.Store).BuildAsync(Corpus.Cases, Corpus.Outsider, caseId));
    }

    [Fact]
    public async Task Csv_quotes_every_field_and_defuses_formulas_and_json_round_trips()
    {
        var timeline = await new CaseTimelineBuilder(Corpus.Store).BuildAsync(Corpus.Cases, Corpus.Analyst, caseId, new TimelineFilter([TimelineKind.Note]));

        var csv = TimelineExport.ToCsv(timeline);
        var lines = csv.Split("\r\n");
        Assert.Equal("\"at_utc\",\"kind\",\"title\",\"detail\",\"link_type\",\"link_id\"", lines[0]);
        Assert.Equal("\"2026-04-02T09:00:00Z\",\"note\",\"Note by u-analyst\",\"'=cmd|' /C calc'!A0 spoke to the hotline\",\"\",\"\"", lines[1]);
        Assert.Equal("", lines[^1]);
        Assert.Equal("\"'+1\"", CsvTableWriter.Field("+1", quote: true));
        Assert.Equal("\"'@SUM(A1)\"", CsvTableWriter.Field("@SUM(A1)", quote: true));
        Assert.Equal("\"say \"\"hi\"\"\r\nthere\"", CsvTableWriter.Field("say \"hi\"\r\nthere", quote: true));

        using var json = JsonDocument.Parse(TimelineExport.ToJson(timeline));
        Assert.Equal(caseId, json.RootElement.GetProperty("case").GetString());
        var note = json.RootElement.GetProperty("events")[0];
        Assert.Equal("note", note.GetProperty("kind").GetString());
        Assert.Equal("2026-04-02T09:00:00Z", note.GetProperty("at_utc").GetString());
    }
}
