using System.Text;
using System.Text.Json;
using Ariadne.Investigation.Exports;
using Ariadne.Investigation.Exports.Htcds;
using Ariadne.Store;
using Ariadne.Testing;
using static Ariadne.Investigation.Tests.Exports.ExportTestStore;

namespace Ariadne.Investigation.Tests.Exports;

/// <summary>The HTCDS mapping: known input to known records, and every field and picklist value checked against the standard's own list.</summary>
public sealed class HtcdsMappingTests
{
    private static readonly DateTimeOffset Opened = new(2026, 4, 10, 9, 0, 0, TimeSpan.Zero);

    private static HtcdsCaseInput Input() => new(
        "case-7", "Houston persona", "open", Opened, null, "analyst@example.com", "US",
        [
            new("d1", "n1", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), "Houston, US", "US", [19], ["third-party", "youth"], ["telegram", "kik"]),
            new("d2", "n1", new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), "Dallas, US", "US", [19], ["restricted-freedom"], []),
            new("d3", "n1", new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), "Houston, US", null, [], [], ["instagram"]),
            new("d9", null, null, null, null, [22, 31], [], []),
        ],
        3);

    [Fact]
    public void A_case_maps_to_a_case_a_comment_and_per_persona_victim_context_and_events()
    {
        var records = HtcdsMapper.Map(Input());

        Assert.Equal(["case", "case-comment", "victim-context", "historic-trafficking-event", "historic-trafficking-event", "victim-context", "historic-trafficking-event"],
            records.Select(r => r.Table));
        Assert.Equal([new("cas_Status", "Active"), new("cas_CaseOwner", "analyst@example.com")], records[0].Fields);
        Assert.Equal("Ariadne case case-7 \"Houston persona\": opened 2026-04-10; 3 note(s); 4 linked document(s) in 2 persona(s). Signals are advisory; a person decided what is recorded.",
            records[1].Fields.Single().Value);

        // Network n1: a rule fired (possible victim), all its ads state 19, third-party → Other, restricted-freedom →
        // ExcessiveWorkingHours (youth maps to no method of control), telegram and instagram by name, kik as Other.
        Assert.Equal(
            [
                new("vic_TraffickingStatus", "PossibleVictimOfTrafficking"),
                new("vic_AgeWhenTrafficked", "19"),
                new("vic_MethodsOfControl", "ExcessiveWorkingHours;Other"),
                new("vic_ExploitationWebsitesAndApps", "Instagram;Other;Telegram"),
            ],
            records[2].Fields);
        Assert.Equal(
            [
                new("hte_Type", "Exploitation"), new("hte_Country", "US"), new("hte_City", "Houston"), new("hte_Date", "2026-03-01"),
                new("hte_Description", "Persona 1: 2 linked ad(s) advertised here between 2026-03-01 and 2026-03-09. From advertisements, not verified."),
            ],
            records[3].Fields);
        Assert.Equal("Dallas", records[4].Fields.Single(f => f.Key == "hte_City").Value);

        // The lone document: no rule hit (no status), two different stated ages (no age), no place but the case's country.
        Assert.Empty(records[5].Fields);
        Assert.Equal([new("hte_Type", "Exploitation"), new("hte_Country", "US"), new("hte_Description", "Persona 2: 1 linked ad(s) advertised here. From advertisements, not verified.")],
            records[6].Fields);
    }

    [Fact]
    public void Every_field_and_picklist_value_the_mapping_can_emit_exists_in_the_standard()
    {
        var standard = HtcdsStandard.LoadFields();
        Assert.True(standard.Count >= 80, $"only {standard.Count} fields read from {HtcdsStandard.FieldStandardsCsv}");

        Assert.All(HtcdsVocabulary.Fields, f => Assert.True(standard.ContainsKey(f), $"{f} is not an HTCDS field"));
        foreach (var (field, values) in HtcdsVocabulary.PicklistValues)
        {
            Assert.All(values, v => Assert.True(standard[field].Contains(v), $"{v} is not a value of {field}"));
        }

        // And what one real mapping emitted, value by value (multi-select values split).
        foreach (var field in HtcdsMapper.Map(Input()).SelectMany(r => r.Fields))
        {
            Assert.True(standard.ContainsKey(field.Key), field.Key);
            if (HtcdsVocabulary.PicklistValues.ContainsKey(field.Key))
            {
                Assert.All(field.Value.Split(HtcdsVocabulary.MultiSelectSeparator), v => Assert.Contains(v, standard[field.Key]));
            }
        }
    }

    [Fact]
    public void Json_and_csv_are_keyed_by_the_field_names()
    {
        var records = HtcdsMapper.Map(Input());
        using var json = new MemoryStream();
        HtcdsWriter.WriteJson(records, json);
        using var document = JsonDocument.Parse(json.ToArray());
        Assert.Equal(records.Count, document.RootElement.GetArrayLength());
        Assert.Equal("Active", document.RootElement[0].GetProperty("cas_Status").GetString());
        Assert.Equal("19", document.RootElement[2].GetProperty("vic_AgeWhenTrafficked").GetString());

        using var csv = new MemoryStream();
        HtcdsWriter.WriteCsv(records, csv);
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(csv.ToArray()));
        var standard = HtcdsStandard.LoadFields();
        Assert.All(rows[0], c => Assert.True(standard.ContainsKey(c), c));
        Assert.Equal(records.Count + 1, rows.Count);
        Assert.Equal("Active", rows[1][Array.IndexOf(rows[0], "cas_Status")]);
        Assert.Equal("ExcessiveWorkingHours;Other", rows[3][Array.IndexOf(rows[0], "vic_MethodsOfControl")]);
    }

    [Fact]
    public async Task Linked_documents_are_read_from_the_store()
    {
        using var temp = new TempDirectory();
        await using var store = await AriadneStore.OpenAsync(StoreLocation.Sqlite(temp.Combine("ariadne.db")));
        await SeedAsync(store);

        var documents = await new HtcdsDocumentReader(store).ReadAsync(ExportScope.ForDocuments([A, B, D]));

        Assert.Equal([A, B, D], documents.Select(d => d.DocumentId));
        var a = documents[0];
        Assert.Equal((Network, "Houston, US", "US"), (a.NetworkId, a.Location, a.Country));
        Assert.Equal([19], a.StatedAges);
        Assert.Equal(["restricted-freedom", "third-party"], a.IndicatorCategories);
        Assert.Equal(["telegram"], a.ContactPlatforms);
        Assert.Null(documents[2].NetworkId);
        var records = HtcdsMapper.Map(new HtcdsCaseInput("c1", "t", "closed", Opened, Opened.AddDays(3), null, null, documents, 0));
        Assert.Equal("Closed", records[0].Fields.Single(f => f.Key == "cas_Status").Value);
        // A and B state different ages (19, 21): no age is passed on for their persona.
        Assert.DoesNotContain(records[2].Fields, f => f.Key == "vic_AgeWhenTrafficked");
    }
}
