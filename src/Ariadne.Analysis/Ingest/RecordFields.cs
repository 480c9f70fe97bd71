namespace Ariadne.Analysis.Ingest;

/// <summary>The contract fields of one record as read, before validation; shared by the JSONL and CSV readers.</summary>
internal sealed class RecordFields
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? PostedAt { get; set; }

    public string? Location { get; set; }

    public string? Country { get; set; }

    public string? Author { get; set; }

    public string? Language { get; set; }

    public List<string> Images { get; } = [];

    public void Set(DocumentField field, string? value)
    {
        switch (field)
        {
            case DocumentField.Id: Id = value; break;
            case DocumentField.Kind: Kind = value; break;
            case DocumentField.Source: Source = value; break;
            case DocumentField.Url: Url = value; break;
            case DocumentField.Title: Title = value; break;
            case DocumentField.Text: Text = value; break;
            case DocumentField.PostedAt: PostedAt = value; break;
            case DocumentField.Location: Location = value; break;
            case DocumentField.Country: Country = value; break;
            case DocumentField.Author: Author = value; break;
            case DocumentField.Language: Language = value; break;
            case DocumentField.Images:
                if (!string.IsNullOrWhiteSpace(value))
                {
                    Images.Add(value);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown field.");
        }
    }
}
