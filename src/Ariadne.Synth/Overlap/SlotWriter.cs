using System.Globalization;
using System.Text;
using Ariadne.Synth.Field;
using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Overlap;

/// <summary>
/// Writes a phrase of the overlap banks into a <see cref="TextBuilder"/>, filling its slots: {name}, {city}, {age},
/// {price} become entities (so the truth's spans are exact), {eth} plain text. Square brackets mark the whole age
/// mention ("[{age} años]"), which is what the age entity spans; the brackets themselves are not written. Typos, when
/// asked for, touch literal words only.
/// </summary>
internal sealed class SlotWriter
{
    private readonly SynthRandom _rng;

    public SlotWriter(SynthRandom rng) => _rng = rng;

    public required string Name { get; set; }

    public required City City { get; set; }

    public int Age { get; set; }

    public string Ethnicity { get; set; } = string.Empty;

    public (string Value, string Surface) Price { get; set; }

    public void Write(TextBuilder tb, string phrase, double typoRate = 0)
    {
        var literal = new StringBuilder();
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (c == '{')
            {
                var close = phrase.IndexOf('}', i);
                Flush(tb, literal, typoRate);
                Slot(tb, phrase[(i + 1)..close], atStart: i == 0);
                i = close;
            }
            else if (c == '[')
            {
                var close = phrase.IndexOf(']', i);
                Flush(tb, literal, typoRate);
                var age = Age.ToString(CultureInfo.InvariantCulture);
                tb.Entity("age", age, phrase[(i + 1)..close].Replace("{age}", age, StringComparison.Ordinal));
                i = close;
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush(tb, literal, typoRate);
    }

    private void Slot(TextBuilder tb, string slot, bool atStart)
    {
        switch (slot)
        {
            case "name":
                tb.Entity("name", Name, Name);
                break;
            case "city":
                EntityWriters.Location(tb, City, _rng);
                break;
            case "age":
                var age = Age.ToString(CultureInfo.InvariantCulture);
                tb.Entity("age", age, age);
                break;
            case "price":
                tb.Entity("price", Price.Value, Price.Surface);
                break;
            case "eth":
                // Adjectives follow the noun in es/fr/pt and are lower case there; a phrase may still open with one.
                tb.Append(atStart ? char.ToUpperInvariant(Ethnicity[0]) + Ethnicity[1..] : Ethnicity);
                break;
            default:
                throw new InvalidOperationException("Unknown slot {" + slot + "} in an overlap phrase.");
        }
    }

    private void Flush(TextBuilder tb, StringBuilder literal, double typoRate)
    {
        if (literal.Length == 0)
        {
            return;
        }

        var text = literal.ToString();
        tb.Append(typoRate > 0 ? Typos.Apply(text, typoRate, _rng, 0, 0) : text);
        literal.Clear();
    }
}
