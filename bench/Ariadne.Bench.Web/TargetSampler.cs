using Microsoft.Data.Sqlite;

namespace Ariadne.Bench.Web;

/// <summary>
/// Picks the URLs to measure from the store itself (opened read-only): random documents, entities drawn from the
/// mentions (so common and rare values come in proportion, plus the most-mentioned phones, the heaviest pages),
/// networks at random plus the largest ones, and a fixed mix of search queries and filters built on real values.
/// </summary>
public sealed class TargetSampler(string databasePath, int seed)
{
    private readonly Random _random = new(seed);

    public async Task<IReadOnlyDictionary<string, List<PageRequest>>> SampleAsync(int perType)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        var maxRow = await ScalarAsync<long>(connection, "SELECT max(rowid) FROM documents");
        var maxMention = await ScalarAsync<long>(connection, "SELECT max(id) FROM entity_mentions");
        var documents = await RandomRowsAsync(connection, "SELECT id FROM documents WHERE rowid = $k", maxRow, perType, r => r.GetString(0));
        var mentions = await RandomRowsAsync(connection, "SELECT type, value FROM entity_mentions WHERE id = $k AND type IN ('phone','email','handle','crypto','name','location','age')", maxMention, perType * 3, r => (Type: r.GetString(0), Value: r.GetString(1)));
        var topPhones = await ListAsync(connection, "SELECT value FROM entity_mentions WHERE type = 'phone' GROUP BY value ORDER BY count(*) DESC LIMIT 10", r => (Type: "phone", Value: r.GetString(0)));
        var largest = await ListAsync(connection, "SELECT id FROM networks ORDER BY document_count DESC LIMIT 20", r => r.GetString(0));
        var networkCount = await ScalarAsync<long>(connection, "SELECT count(*) FROM networks");
        var randomNetworks = await ListAsync(connection, $"SELECT id FROM networks WHERE rowid IN ({string.Join(',', Enumerable.Range(0, perType).Select(_ => _random.NextInt64(1, networkCount + 1)))})", r => r.GetString(0));
        var words = await SampleWordsAsync(connection, maxRow);
        var first = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(await ScalarAsync<long>(connection, "SELECT min(posted_at_utc) FROM documents")).UtcDateTime);
        var last = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(await ScalarAsync<long>(connection, "SELECT max(posted_at_utc) FROM documents")).UtcDateTime);

        var entityPages = mentions.Where(m => m.Type is not ("name" or "location" or "age")).Take(perType - topPhones.Count - perType / 10)
            .Concat(mentions.Where(m => m.Type is "name" or "location" or "age").Take(perType / 10))
            .Concat(topPhones)
            .Select(m => new PageRequest("entity", EntityPage(m.Type, m.Value)))
            .ToList();
        var phones = mentions.Where(m => m.Type == "phone").Select(m => m.Value).ToList();
        return new Dictionary<string, List<PageRequest>>
        {
            ["search"] = SearchQueries(words, phones, (first, last), perType),
            ["document"] = [.. documents.Select(id => new PageRequest("document", "/documents/" + Uri.EscapeDataString(id)))],
            ["entity"] = entityPages,
            ["network"] = [.. largest.Concat(randomNetworks).Take(perType).Select(id => new PageRequest("network", "/networks/" + id))],
            ["network graph json"] = [.. largest.Concat(randomNetworks).Take(perType).Select(id => new PageRequest("network graph json", $"/api/networks/{id}/graph"))],
        };
    }

    // Search is measured over a mix an analyst would type: single words (common and rare), two words, a phrase,
    // a prefix, and the filters (country, city, dates, entity type and value, kind), alone and with text.
    private List<PageRequest> SearchQueries(List<string> words, List<string> phones, (DateOnly First, DateOnly Last) dates, int count)
    {
        string[] cities = ["Houston", "Miami", "Toronto", "London", "Las Vegas", "Chicago", "Sydney", "Lisbon"];
        string[] countries = ["US", "CA", "GB", "AU"];
        var list = new List<PageRequest>(count);
        for (var i = 0; list.Count < count; i++)
        {
            var w = words[_random.Next(words.Count)];
            var w2 = words[_random.Next(words.Count)];
            var day = dates.First.AddDays(_random.Next(0, Math.Max(1, dates.Last.DayNumber - dates.First.DayNumber)));
            var query = (i % 12) switch
            {
                0 => $"q={Esc(w)}",
                1 => $"q={Esc(w + " " + w2)}",
                2 => $"q={Esc("\"" + w + " " + w2 + "\"")}",
                3 => $"q={Esc(w[..Math.Min(3, w.Length)] + "*")}",
                4 => $"country={countries[_random.Next(countries.Length)]}",
                5 => $"city={Esc(cities[_random.Next(cities.Length)])}",
                6 => $"from={day:yyyy-MM-dd}&to={day.AddDays(7):yyyy-MM-dd}",
                7 => $"etype=phone&evalue={Esc(phones[_random.Next(phones.Count)])}",
                8 => $"q={Esc(w)}&country={countries[_random.Next(countries.Length)]}",
                9 => $"etype=crypto",
                10 => $"q={Esc(w)}&from={day:yyyy-MM-dd}&to={day.AddDays(30):yyyy-MM-dd}",
                _ => "kind=ad",
            };
            list.Add(new PageRequest("search", "/search?" + query));
        }

        return list;
    }

    // Words from random titles and bodies, so the query mix follows the corpus's own vocabulary.
    private async Task<List<string>> SampleWordsAsync(SqliteConnection connection, long maxRow)
    {
        var texts = await RandomRowsAsync(connection, "SELECT coalesce(title, '') || ' ' || body FROM documents WHERE rowid = $k", maxRow, 200, r => r.GetString(0));
        return [.. texts.SelectMany(t => t.Split((char[])[' ', '\n', '\t', ',', '.', '!', '?', ':', ';', '(', ')', '"', '\'', '/', '-', '+', '@', '*', '#'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4 && w.All(char.IsLetter))
            .Select(w => w.ToLowerInvariant())
            .Distinct()];
    }

    private static string EntityPage(string type, string value) =>
        $"/entities/{type}/{Uri.EscapeDataString(value).Replace("%2F", "/", StringComparison.Ordinal)}";

    private static string Esc(string value) => Uri.EscapeDataString(value);

    private async Task<List<T>> RandomRowsAsync<T>(SqliteConnection connection, string sql, long maxKey, int count, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>(count);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var key = command.Parameters.Add("$k", SqliteType.Integer);
        for (var attempts = 0; rows.Count < count && attempts < count * 20; attempts++)
        {
            key.Value = _random.NextInt64(1, maxKey + 1);
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                rows.Add(read(reader));
            }
        }

        return rows;
    }

    private static async Task<List<T>> ListAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
