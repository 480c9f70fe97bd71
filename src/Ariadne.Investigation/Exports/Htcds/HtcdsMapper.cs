using System.Globalization;
using static Ariadne.Investigation.Exports.Htcds.HtcdsVocabulary;

namespace Ariadne.Investigation.Exports.Htcds;

/// <summary>
/// Maps a case to HTCDS v2.0 records: one case record, one case comment (the case's identity and counts, which the
/// standard has no dedicated fields for), and per persona (a network, or a lone document) a victim-context record
/// followed by one historic trafficking event of type Exploitation per place its ads were posted. Fields are filled
/// only from what the documents say; a value we do not know stays absent. Records follow each other in that order:
/// the standard's tables carry no ids of their own to join on, so a persona's events come right after it and name it
/// in their description.
/// </summary>
public static class HtcdsMapper
{
    public static IReadOnlyList<HtcdsRecord> Map(HtcdsCaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var records = new List<HtcdsRecord>();
        var caseFields = new List<KeyValuePair<string, string>>();
        Add(caseFields, CaseStatus, CaseStatuses.GetValueOrDefault(input.Status.Trim()));
        Add(caseFields, CaseOwner, input.Owner);
        records.Add(new HtcdsRecord("case", caseFields));

        var personas = input.Documents
            .GroupBy(d => d.NetworkId ?? "document:" + d.DocumentId, StringComparer.Ordinal)
            .OrderBy(g => g.Min(d => d.PostedAtUtc) ?? DateTimeOffset.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        records.Add(new HtcdsRecord("case-comment", [new(CaseComment, Comment(input, personas.Count))]));

        for (var p = 0; p < personas.Count; p++)
        {
            var documents = personas[p].ToList();
            var victim = new List<KeyValuePair<string, string>>();
            var categories = documents.SelectMany(d => d.IndicatorCategories).ToHashSet(StringComparer.Ordinal);
            // "Possible victim" is the standard's value for indicators that could not be verified: exactly what an
            // advisory rule hit is. Without any hit we say nothing.
            Add(victim, TraffickingStatus, categories.Count > 0 ? PossibleVictim : null);
            var ages = documents.SelectMany(d => d.StatedAges).Distinct().ToList();
            // A stated age is a claim in an ad; only one that every ad agrees on is passed on, never a guess between several.
            Add(victim, AgeWhenTrafficked, ages.Count == 1 ? ages[0].ToString(CultureInfo.InvariantCulture) : null);
            Add(victim, MethodsOfControl, Join(categories.Select(c => MethodsOfControlByCategory.GetValueOrDefault(c))));
            Add(victim, ExploitationWebsitesAndApps, Join(documents.SelectMany(d => d.ContactPlatforms).Select(a => Apps.GetValueOrDefault(a, OtherApp))));
            records.Add(new HtcdsRecord("victim-context", victim));

            var places = documents
                .Select(d => (Document: d, Country: CountryOf(d, input.CountryOfExploitation), City: CityOf(d.Location)))
                .Where(x => x.Country is not null)
                .GroupBy(x => (x.Country, x.City))
                .OrderBy(g => g.Min(x => x.Document.PostedAtUtc) ?? DateTimeOffset.MaxValue).ThenBy(g => g.Key.Country, StringComparer.Ordinal).ThenBy(g => g.Key.City, StringComparer.Ordinal);
            foreach (var place in places)
            {
                var dated = place.Select(x => x.Document.PostedAtUtc).OfType<DateTimeOffset>().ToList();
                var fields = new List<KeyValuePair<string, string>>();
                Add(fields, EventType, ExploitationEvent);
                Add(fields, EventCountry, place.Key.Country);
                Add(fields, EventCity, place.Key.City);
                Add(fields, EventDate, dated.Count == 0 ? null : dated.Min().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Add(fields, EventDescription, string.Create(CultureInfo.InvariantCulture,
                    $"Persona {p + 1}: {place.Count()} linked ad(s) advertised here{Range(dated)}. From advertisements, not verified."));
                records.Add(new HtcdsRecord("historic-trafficking-event", fields));
            }
        }

        return records;
    }

    private static string Comment(HtcdsCaseInput input, int personas)
    {
        var closed = input.ClosedAtUtc is { } c ? ", closed " + Day(c) : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"Ariadne case {input.CaseId} \"{input.Title}\": opened {Day(input.OpenedAtUtc)}{closed}; {input.NotesCount} note(s); {input.Documents.Count} linked document(s) in {personas} persona(s). Signals are advisory; a person decided what is recorded.");
    }

    private static string? CountryOf(HtcdsLinkedDocument d, string? caseCountry)
    {
        var cc = Ctdc.CtdcRecordReader.CountryOf(d.Country, d.Location) ?? caseCountry?.Trim().ToUpperInvariant();
        return cc is { Length: 2 } ? cc : null;
    }

    private static string? CityOf(string? location)
    {
        var comma = location?.LastIndexOf(',') ?? -1;
        return comma > 0 ? location![..comma].Trim() : null;
    }

    private static string Range(List<DateTimeOffset> dated) => dated.Count == 0 ? string.Empty
        : dated.Min() == dated.Max() ? " on " + Day(dated.Min()) : " between " + Day(dated.Min()) + " and " + Day(dated.Max());

    private static string Day(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Join(IEnumerable<string?> values)
    {
        var distinct = values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join(MultiSelectSeparator, distinct);
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add(new(name, value));
        }
    }
}
