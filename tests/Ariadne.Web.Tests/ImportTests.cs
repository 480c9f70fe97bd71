using System.IO.Compression;
using System.Net;
using System.Text;
using Ariadne.Investigation.Accounts;
using Ariadne.Testing;
using Ariadne.Web.Import;

namespace Ariadne.Web.Tests;

public sealed class ImportTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task An_analyst_imports_a_file_follows_progress_and_sees_the_quarantine_report()
    {
        using var client = await app.SignedInClientAsync(Roles.Analyst);
        var jsonl = "{\"id\":\"up-1\",\"title\":\"Uploaded zebra one\",\"text\":\"zebra call 713 555 0199\",\"location\":\"Dallas, TX\",\"country\":\"US\"}\n" +
                    "{\"id\":\"up-2\",\"text\":\n" +
                    "{\"id\":\"up-3\",\"title\":\"Uploaded zebra two\",\"text\":\"zebra again\",\"country\":\"US\"}\n";

        var html = await ImportAsync(client, Encoding.UTF8.GetBytes(jsonl), "batch.jsonl");

        Assert.Contains("<td data-field=\"added\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-field=\"quarantined\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("Quarantine report", html, StringComparison.Ordinal);
        Assert.Matches("<tr><td>2</td><td>[^<]+</td></tr>", html);
        Assert.Contains("Documents analysed</th><td>2</td>", html, StringComparison.Ordinal);

        // Imported and analysed: searchable, and the new phone has an entity page.
        var search = await client.GetStringAsync("/search?q=zebra");
        Assert.Contains("Uploaded zebra one", search, StringComparison.Ordinal);
        var entity = await client.GetStringAsync("/entities/phone/%2B17135550199");
        Assert.Contains("Uploaded zebra one", entity, StringComparison.Ordinal);

        // The job is stored: the import page lists it with its outcome and the quarantine reasons in brief.
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/import"));
        Assert.Contains(">batch.jsonl</a>", list, StringComparison.Ordinal);
        Assert.Contains("data-status=\"done\"", list, StringComparison.Ordinal);
        Assert.Contains("data-field=\"quarantine-summary\">1 × ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_risky_ad_is_scored_with_every_stage_shown_and_waits_in_the_review_queue()
    {
        using var client = await app.SignedInClientAsync(Roles.Admin);
        var jsonl = "{\"id\":\"risky-1\",\"title\":\"Imported okapi\",\"text\":\"Brand new girl, first time here. Sweet exotic Latina in town, 16 years old. " +
                    "Call my manager to book, I handle all bookings for my girls. Call 713 555 0177\",\"location\":\"Galveston, TX\",\"country\":\"US\"}\n";

        var html = await ImportAsync(client, Encoding.UTF8.GetBytes(jsonl), "okapi.jsonl");

        var id = Core.Documents.DocumentIds.FromContentHash(Core.Documents.DocumentIds.Sha256Hex(Encoding.UTF8.GetBytes(jsonl.TrimEnd('\n'))));
        var score = await app.Store.Scoring.GetScoreAsync(id);
        Assert.NotNull(score);
        Assert.True(score.Probability >= 0.5, $"the imported ad scored only {score.Probability}");
        foreach (var stage in new[] { "extract", "hash", "link", "score" })
        {
            Assert.Contains($"<tr data-stage=\"{stage}\" data-state=\"done\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("data-field=\"scored\">1 documents scored, 1 at risk 0.50 or more", html, StringComparison.Ordinal);
        var queue = await app.Store.Scoring.ListQueueAsync(RunningApp.Documents + 10, 0);
        Assert.Contains(queue, q => q.DocumentId == id);
    }

    [Fact]
    public async Task A_zip_of_records_and_photos_is_imported_with_its_photos()
    {
        using var client = await app.SignedInClientAsync(Roles.Admin);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var writer = new StreamWriter(archive.CreateEntry("ads/ads.jsonl").Open()))
            {
                await writer.WriteAsync("{\"id\":\"zip-1\",\"title\":\"Zipped quokka\",\"text\":\"quokka\",\"images\":[\"p.jpg\"]}\n");
            }

            await using var photo = archive.CreateEntry("ads/p.jpg").Open();
            await photo.WriteAsync(await File.ReadAllBytesAsync(app.PhotoPath));
        }

        var html = await ImportAsync(client, zip.ToArray(), "bundle.zip");

        Assert.Contains("<td data-field=\"added\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("Photos stored</th><td>1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsupported_files_are_refused_on_the_form_with_what_to_use()
    {
        using var client = await app.SignedInClientAsync(Roles.Analyst);
        var page = await client.GetStringAsync("/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(SignInForm.Hidden(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new ByteArrayContent([1, 2, 3]), "file", "tool.exe" },
        };

        using var response = await client.PostAsync("/import", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("That kind of file cannot be imported. Use one of .jsonl", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_entry_pointing_outside_its_folder_is_refused_before_anything_is_written()
    {
        using var dir = new TempDirectory();
        var zipPath = Path.Combine(dir.Path, "evil.zip");
        using (var archive = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("../escaped.jsonl").Open());
            writer.Write("{}");
        }

        var work = Path.Combine(dir.Path, "work");
        var error = Assert.Throws<InvalidDataException>(() => UploadUnpacker.Prepare(zipPath, work));

        Assert.Contains("points outside the archive folder", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work, "escaped.jsonl")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "escaped.jsonl")));
    }

    /// <summary>Posts the file through the real form and follows the status page until the import has finished.</summary>
    private static async Task<string> ImportAsync(HttpClient client, byte[] content, string fileName)
    {
        var page = await client.GetStringAsync("/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(SignInForm.Hidden(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        using var response = await client.PostAsync("/import", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var status = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/import/jobs/", status, StringComparison.Ordinal);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(status));
            if (!html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish.");
    }
}
