using System.Text;

namespace Ariadne.Pipeline.Banks;

/// <summary>
/// A small RFC 4180 reader that knows the line each record starts on, so an error can name it. Quoted fields may
/// hold commas, doubled quotes and line breaks; LF and CRLF both end a record; blank lines are skipped.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private int _line = 1;

    /// <summary>The next record and the line it starts on, or null at the end. Throws <see cref="InvalidDataException"/> on an unclosed quote.</summary>
    public (int Line, List<string> Fields)? Read()
    {
        while (true)
        {
            if (reader.Peek() < 0)
            {
                return null;
            }

            var start = _line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var atFieldStart = true;
            while (true)
            {
                var c = reader.Read();
                if (c < 0)
                {
                    if (quoted)
                    {
                        throw new InvalidDataException($"line {start}: a quoted field is never closed; the rest of the file was not read");
                    }

                    break;
                }

                if (quoted)
                {
                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            _line++;
                        }

                        field.Append((char)c);
                    }

                    continue;
                }

                if (c == '"' && atFieldStart)
                {
                    quoted = true;
                    atFieldStart = false;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                }
                else if (c == '\n')
                {
                    _line++;
                    break;
                }
                else if (c != '\r' || reader.Peek() != '\n')
                {
                    field.Append((char)c);
                    atFieldStart = false;
                }
            }

            fields.Add(field.ToString());
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            return (start, fields);
        }
    }
}
