using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ariadne.Analysis.Ingest.Csv;

/// <summary>
/// Which CSV column feeds which Document field. By default a column feeds a field when its header is the field's
/// JSONL name or a common alias (<c>body</c> → <c>text</c>, <c>date</c> → <c>posted_at</c>, …), compared without case,
/// spaces, dashes or underscores. Explicit entries (<c>text=Body,posted_at=Date</c>) override the default for their field.
/// </summary>
public sealed class CsvColumnMapping
{
    private static readonly (DocumentField Field, string Name, string[] Aliases)[] Fields =
    [
        (DocumentField.Id, "id", ["id", "ad_id", "post_id", "listing_id", "record_id", "external_id", "document_id", "doc_id"]),
        (DocumentField.Kind, "kind", ["kind", "type", "record_type", "document_type", "doc_type"]),
        (DocumentField.Source, "source", ["source", "site", "site_name", "platform", "website"]),
        (DocumentField.Url, "url", ["url", "link", "source_url", "permalink", "ad_url", "page_url", "href"]),
        (DocumentField.Title, "title", ["title", "subject", "headline", "heading"]),
        (DocumentField.Text, "text", ["text", "body", "content", "description", "message", "ad_text", "post_text", "details"]),
        (DocumentField.PostedAt, "posted_at", ["posted_at", "date", "posted", "timestamp", "date_posted", "post_date", "published", "published_at", "created_at", "datetime", "time"]),
        (DocumentField.Location, "location", ["location", "city", "place", "area", "locality"]),
        (DocumentField.Country, "country", ["country", "country_code", "cc"]),
        (DocumentField.Author, "author", ["author", "username", "user", "poster", "posted_by", "handle"]),
        (DocumentField.Images, "images", ["images", "image", "photos", "photo", "pictures", "picture", "image_urls", "image_paths"]),
        (DocumentField.Language, "language", ["language", "lang", "locale"]),
    ];

    private readonly Dictionary<DocumentField, string> _explicit;

    private CsvColumnMapping(Dictionary<DocumentField, string> explicitColumns)
    {
        _explicit = explicitColumns;
        Explicit = new ReadOnlyDictionary<string, string>(explicitColumns.ToDictionary(p => FieldName(p.Key), p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>The default mapping: headers matched by field name and alias.</summary>
    public static CsvColumnMapping Default { get; } = new([]);

    /// <summary>The field names a mapping may name, as in the JSONL contract.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = Array.ConvertAll(Fields, f => f.Name);

    /// <summary>The explicit entries: field name → header name.</summary>
    public IReadOnlyDictionary<string, string> Explicit { get; }

    /// <summary>
    /// Parses <c>field=Header</c> pairs separated by commas, such as <c>text=Body,posted_at=Date</c>. Header names are
    /// matched without case and surrounding spaces.
    /// </summary>
    /// <exception cref="FormatException">A pair is malformed or names an unknown field.</exception>
    public static CsvColumnMapping Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var map = new Dictionary<DocumentField, string>();
        foreach (var part in spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new FormatException($"CSV column mapping entry '{part}' is not of the form field=Header (for example text=Body).");
            }

            var name = part[..eq].Trim();
            var header = part[(eq + 1)..].Trim();
            var index = Array.FindIndex(Fields, f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new FormatException($"CSV column mapping names unknown field '{name}'; the fields are {string.Join(", ", FieldNames)}.");
            }

            if (!map.TryAdd(Fields[index].Field, header))
            {
                throw new FormatException($"CSV column mapping names field '{name}' twice.");
            }
        }

        return new CsvColumnMapping(map);
    }

    /// <summary>
    /// Resolves the mapping against a header: the column index of every field (-1 when absent). Returns the reason
    /// when the header cannot be used (an explicit column is missing, or a required field has no column).
    /// </summary>
    internal string? Resolve(IReadOnlyList<string> headers, out int[] columns)
    {
        columns = new int[Fields.Length];
        Array.Fill(columns, -1);
        var used = new bool[headers.Count];
        foreach (var (field, header) in _explicit)
        {
            var index = -1;
            for (var i = 0; i < headers.Count; i++)
            {
                if (string.Equals(headers[i].Trim(), header, StringComparison.OrdinalIgnoreCase))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                return $"the mapping names column '{header}' for field '{FieldName(field)}', but the header has no such column";
            }

            columns[(int)field] = index;
            used[index] = true;
        }

        var normalized = new string[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            normalized[i] = Normalize(headers[i]);
        }

        foreach (var (field, _, aliases) in Fields)
        {
            if (_explicit.ContainsKey(field))
            {
                continue;
            }

            // Aliases are tried in order, so "text" beats "description" when a file has both.
            foreach (var alias in aliases)
            {
                var index = Array.IndexOf(normalized, Normalize(alias));
                if (index >= 0 && !used[index])
                {
                    columns[(int)field] = index;
                    used[index] = true;
                    break;
                }
            }
        }

        foreach (var required in (ReadOnlySpan<DocumentField>)[DocumentField.Id, DocumentField.Text])
        {
            if (columns[(int)required] < 0)
            {
                var aliases = Fields[(int)required].Aliases;
                return $"the header has no column for required field '{FieldName(required)}' (looked for {string.Join(", ", aliases)}; map one with {FieldName(required)}=Column)";
            }
        }

        return null;
    }

    private static string FieldName(DocumentField field) => Fields[(int)field].Name;

    private static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
