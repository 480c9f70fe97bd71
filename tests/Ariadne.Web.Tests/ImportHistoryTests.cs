using System.Net;
using System.Net.Sockets;
using Ariadne.Core.Ingest;
using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Testing;
using Ariadne.Web.Hosting;
using Ariadne.Web.Import;

namespace Ariadne.Web.Tests;

/// <summary>Import jobs outlive the server: a new server lists past jobs and marks the ones it cut off.</summary>
public sealed class ImportHistoryTests
{
    [Fact]
    public async Task After_a_restart_past_imports_are_listed_and_jobs_left_running_are_marked_interrupted()
    {
        using var directory = new TempDirectory();
        var location = StoreLocation.Parse("sqlite:" + directory.Combine("ariadne.db"));
        var started = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

        // What a previous server left behind: one finished import and one it was in the middle of.
        await using (var before = await AriadneStore.OpenAsync(location))
        {
            await before.ImportJobs.SaveAsync(new ImportJobRecord
            {
                Id = "job-done",
                FileName = "monday.jsonl",
                UploadedBy = "analyst@example.com",
                Status = ImportJobStatus.Done,
                IngestRunId = "run-1",
                RecordsRead = 12,
                DocumentsAdded = 11,
                Quarantined = 1,
                QuarantineSummary = "1 × invalid JSON",
                StartedAtUtc = started,
                UpdatedAtUtc = started.AddMinutes(1),
                FinishedAtUtc = started.AddMinutes(1),
            });
            await before.ImportJobs.SaveAsync(new ImportJobRecord
            {
                Id = "job-cut",
                FileName = "tuesday.zip",
                UploadedBy = "analyst@example.com",
                Status = ImportJobStatus.Analysing,
                IngestRunId = "run-2",
                RecordsRead = 40,
                DocumentsAdded = 40,
                StartedAtUtc = started.AddDays(1),
                UpdatedAtUtc = started.AddDays(1),
            });
            await using var users = new UserDirectoryScope(before);
            Assert.True((await users.Users.AddAsync("analyst@example.com", Roles.Analyst, RunningApp.Password)).Succeeded);
        }

        var store = await AriadneStore.OpenAsync(location);
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var app = AriadneWebApp.Build(new WebHostOptions { Store = location, Urls = url, BlobRoot = directory.Combine("blobs") }, store);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
            using (var signIn = await SignInForm.PostAsync(client, "analyst@example.com", RunningApp.Password))
            {
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            }

            var list = WebUtility.HtmlDecode(await client.GetStringAsync("/import"));
            Assert.Contains(">monday.jsonl</a>", list, StringComparison.Ordinal);
            Assert.Contains(">tuesday.zip</a>", list, StringComparison.Ordinal);
            Assert.Contains("data-status=\"done\"", list, StringComparison.Ordinal);
            Assert.Contains("data-status=\"interrupted\"", list, StringComparison.Ordinal);
            Assert.True(list.IndexOf("tuesday.zip", StringComparison.Ordinal) < list.IndexOf("monday.jsonl", StringComparison.Ordinal), "newest first");

            var cut = WebUtility.HtmlDecode(await client.GetStringAsync("/import/jobs/job-cut"));
            Assert.Contains("The import was interrupted", cut, StringComparison.Ordinal);
            Assert.Contains("import the file again", cut, StringComparison.Ordinal);
            Assert.DoesNotContain("http-equiv=\"refresh\"", cut, StringComparison.Ordinal);

            var done = WebUtility.HtmlDecode(await client.GetStringAsync("/import/jobs/job-done"));
            Assert.Contains("<td data-field=\"added\">11</td>", done, StringComparison.Ordinal);
            Assert.Contains("1 × invalid JSON", done, StringComparison.Ordinal);

            var stored = await store.ImportJobs.GetAsync("job-cut");
            Assert.Equal(ImportJobStatus.Interrupted, stored!.Status);
            Assert.Equal(ImportJobRecovery.Reason, stored.Error);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
