using System.Globalization;
using System.Text;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Core.Sharing;
using Ariadne.Investigation.Exports;
using Ariadne.Investigation.Exports.Ctdc;
using Ariadne.Store;
using Ariadne.Testing;

namespace Ariadne.Investigation.Tests.Exports;

/// <summary>
/// Random stores (seeded): whatever k and budget, the written rows pass the independent check and no direct identifier
/// of the input (ids, phones, e-mails, handles, titles, authors, URLs, exact dates) appears anywhere in the bytes.
/// </summary>
public sealed class CtdcLeakTests
{
    private static readonly string[] Cities = ["Houston, US", "Dallas, US", "Toronto, CA", "Lisbon, PT", "Lyon, FR"];

    [Theory]
    [InlineData(1, 2, 0.0)]
    [InlineData(2, 5, 0.02)]
    [InlineData(3, 11, 0.1)]
    [InlineData(4, 3, 0.5)]
    public async Task Random_store_gives_k_anonymous_rows_without_identifiers(int seed, int k, double budget)
    {
        using var temp = new TempDirectory();
        await using var store = await AriadneStore.OpenAsync(StoreLocation.Sqlite(temp.Combine("ariadne.db")));
        var random = new Random(seed);
        var secrets = new List<string>();
        await using (var context = store.CreateDbContext())
        {
            for (var i = 0; i < 150; i++)
            {
                var id = "d" + seed.ToString("x4", CultureInfo.InvariantCulture) + i.ToString("x20", CultureInfo.InvariantCulture);
                var phone = "+1555010" + random.Next(10).ToString(CultureInfo.InvariantCulture) + random.Next(10).ToString(CultureInfo.InvariantCulture);
                var email = $"person{random.Next(10_000)}@example.com";
                var handle = "telegram:secret_" + random.Next(10_000).ToString(CultureInfo.InvariantCulture);
                var title = "Title " + Guid.NewGuid().ToString("N");
                var posted = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(600_000));
                var city = Cities[random.Next(Cities.Length)];
                secrets.AddRange([id, phone, email, handle, title, "author" + id, "https://ads.example.com/", posted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
                var body = $"{title} call {phone} {email}";
                var raw = Encoding.UTF8.GetBytes(id + body);
                context.Documents.Add(new Document
                {
                    Id = id,
                    ContentSha256 = DocumentIds.Sha256Hex(raw),
                    Kind = (DocumentKind)random.Next(4),
                    Title = title,
                    Body = body,
                    PostedAtUtc = random.Next(10) == 0 ? null : posted,
                    LocationRaw = city,
                    Country = city[^2..],
                    AuthorHandle = "author" + id,
                    SourceUrl = "https://ads.example.com/" + id,
                    RawFormat = "jsonl",
                    RawPayload = raw,
                });
                context.EntityMentions.AddRange(
                    new() { DocumentId = id, Type = EntityType.Phone, Value = phone, Start = 0, End = 1 },
                    new() { DocumentId = id, Type = EntityType.Email, Value = email, Start = 1, End = 2 },
                    new() { DocumentId = id, Type = EntityType.Handle, Value = handle, Start = 2, End = 3 },
                    new() { DocumentId = id, Type = EntityType.Age, Value = random.Next(15, 50).ToString(CultureInfo.InvariantCulture), Start = 3, End = 4 },
                    new() { DocumentId = id, Type = EntityType.Location, Value = city, Start = 4, End = 5 });
            }

            await context.SaveChangesAsync();
        }

        foreach (var format in new[] { CtdcFormat.Csv, CtdcFormat.Json })
        {
            using var output = new MemoryStream();
            var report = await new CtdcExporter(store).ExportAsync(ExportScope.WholeStore, new KAnonymityOptions { K = k, MaxSuppression = budget }, format, output);
            var text = Encoding.UTF8.GetString(output.ToArray());

            Assert.Equal(150, report.RecordsIn);
            Assert.Equal(150, report.RecordsOut + report.Suppressed);
            // An empty export leaks nothing, so the leak checks below need rows to bite on. The budget says how many
            // rows may be dropped: floor(budget × 150), i.e. 0, 3, 15 and 75 for the four cases; the exporter can
            // always stay within it, because generalising every quasi-identifier to the top puts all 150 rows in one
            // class, which is at least k. With a budget of 0 that means all 150 rows are written.
            Assert.InRange(report.Suppressed, 0, (int)Math.Floor(budget * 150));
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }

            if (format == CtdcFormat.Csv)
            {
                var rows = Rfc4180.Parse(text).Skip(1).Select(c => new SharedRecord(c[0], c[1], c[2], c[3], c[4], c[5], c[6])).ToList();
                Assert.Equal(report.RecordsOut, rows.Count);
                Assert.True(KAnonymityCheck.Holds(rows, k));
            }
        }
    }
}
