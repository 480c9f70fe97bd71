using System.Security.Cryptography;
using System.Text;
using Ariadne.Analysis.Ingest;
using Ariadne.Core.Cases;
using Ariadne.Investigation.Cases;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Investigation.Tests.Cases;

/// <summary>
/// Cases over a real store on both engines: need-to-know access, write-once evidence, and an audit chain whose
/// verifier catches each kind of tampering (an edited row, a changed file, reordered, removed and truncated
/// records, a rewritten chain, a forged checkpoint, an edited evidence record).
/// </summary>
public abstract class CaseServiceTests : IAsyncLifetime
{
    private static readonly CaseActor Owner = new("u-owner", "owner@example.org", false);
    private static readonly CaseActor Colleague = new("u-colleague", "colleague@example.org", false);
    private static readonly CaseActor Outsider = new("u-outsider", "outsider@example.org", false);
    private static readonly CaseActor Admin = new("u-admin", "admin@example.org", true);

    private TempDirectory Temp { get; } = new();
    private AriadneStore store = null!;
    private CaseService service = null!;
    private AuditSigner signer = null!;
    private EvidenceVault vault = null!;

    protected abstract StoreKind Kind { get; }

    public async Task InitializeAsync()
    {
        var location = Kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(Temp.Combine("ariadne.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        store = await AriadneStore.OpenAsync(location);
        var blobs = Temp.Combine("blobs");
        vault = new EvidenceVault(EvidenceVault.ForBlobRoot(blobs));
        signer = AuditSigner.OpenOrCreate(Temp.Combine("keys", "audit.pem"));
        service = new CaseService(store, vault, signer, new FileSystemBlobStore(blobs));
        await using var context = store.CreateDbContext();
        foreach (var actor in new[] { Owner, Colleague, Outsider, Admin })
        {
            context.Users.Add(new IdentityUser { Id = actor.UserId, UserName = actor.Name, Email = actor.Name });
        }

        await context.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        signer.Dispose();
        await store.DisposeAndDropAsync();
        foreach (var file in Directory.EnumerateFiles(Temp.Path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Temp.Dispose();
    }

    [Fact]
    public async Task A_case_is_visible_only_to_its_members_and_Admins()
    {
        var mine = await service.CreateAsync(Owner, "Harbour circuit");
        var theirs = await service.CreateAsync(Colleague, "Unrelated");

        Assert.Equal([mine.Id], (await service.ListAsync(Owner)).Select(s => s.Case.Id));
        Assert.Empty(await service.ListAsync(Outsider));
        Assert.Equal(2, (await service.ListAsync(Admin)).Count);
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => service.GetAsync(Outsider, mine.Id));
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => service.AddNoteAsync(Outsider, mine.Id, "let me in"));
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => service.GetAsync(Owner, theirs.Id));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => service.GetAsync(Owner, "case-missing"));
        Assert.Equal("Harbour circuit", (await service.GetAsync(Admin, mine.Id)).Case.Title);

        await service.AddMemberAsync(Owner, mine.Id, Colleague.UserId);
        var detail = await service.GetAsync(Colleague, mine.Id);
        Assert.Equal(["owner@example.org", "colleague@example.org"], detail.Members.Select(m => detail.NameOf(m.UserId)));

        // Members work in the case, but only the owner or an Admin decides who is in it.
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => service.AddMemberAsync(Colleague, mine.Id, Outsider.UserId));
        await service.RemoveMemberAsync(Admin, mine.Id, Colleague.UserId);
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => service.GetAsync(Colleague, mine.Id));
    }

    [Fact]
    public async Task Document_evidence_is_the_raw_original_by_SHA256_and_every_view_is_audited()
    {
        var line = """{"id":"a1","text":"Sweet new girl in town, ask for Lena. 555-0142","url":"https://ads.example.net/a1","title":"New in town"}""";
        var documentId = await IngestAsync(line);
        var found = await service.CreateAsync(Owner, "Lena");

        var evidence = await service.CaptureDocumentAsync(Owner, found.Id, documentId);

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)));
        Assert.Equal(expected, evidence.Sha256);
        Assert.Equal(EvidenceKind.Document, evidence.Kind);
        Assert.Equal("https://ads.example.net/a1", evidence.SourceUrl);
        Assert.Equal(Owner.UserId, evidence.CapturedByUserId);
        Assert.StartsWith("Ariadne ", evidence.ToolVersion, StringComparison.Ordinal);
        Assert.Equal(line, await File.ReadAllTextAsync(vault.GetPath(evidence.Sha256)));
        Assert.Contains((await service.GetAsync(Owner, found.Id)).Items, i => i.ItemType == CaseItemType.Document && i.Key == documentId);

        var (opened, content) = await service.OpenEvidenceAsync(Owner, evidence.Id);
        await using (content)
        {
            Assert.Equal(expected, Convert.ToHexStringLower(await SHA256.HashDataAsync(content)));
        }

        Assert.Equal(evidence.Id, opened.Id);
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => service.OpenEvidenceAsync(Outsider, evidence.Id));
        var log = await service.AuditLogAsync(Owner, found.Id);
        Assert.Equal(
            [AuditAction.CaseCreated, AuditAction.ItemAdded, AuditAction.EvidenceCaptured, AuditAction.EvidenceViewed],
            log.Select(r => r.Action));
        Assert.Equal(evidence.Id, log[^1].Subject);
        Assert.Equal(Owner.UserId, log[^1].UserId);
    }

    [Fact]
    public async Task An_untouched_case_verifies_with_signed_checkpoints()
    {
        var (found, _) = await BusyCaseAsync();

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.True(result.Intact, result.Describe());
        Assert.Equal(30, result.Records);
        Assert.Equal(1, result.Checkpoints);
        Assert.Equal(1, result.SignedCheckpoints);
        Assert.Equal(2, result.Evidence);
    }

    [Fact]
    public async Task An_edited_record_is_caught_at_that_record()
    {
        var (found, _) = await BusyCaseAsync();
        await SqlAsync("UPDATE audit_log SET details = 'nothing to see' WHERE case_id = {0} AND sequence = 7", found.Id);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(7, result.BrokenSequence);
        Assert.Contains("edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reordered_records_are_caught()
    {
        var (found, _) = await BusyCaseAsync();
        await SqlAsync("UPDATE audit_log SET sequence = -5 WHERE case_id = {0} AND sequence = 5", found.Id);
        await SqlAsync("UPDATE audit_log SET sequence = 5 WHERE case_id = {0} AND sequence = 6", found.Id);
        await SqlAsync("UPDATE audit_log SET sequence = 6 WHERE case_id = {0} AND sequence = -5", found.Id);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(5, result.BrokenSequence);
    }

    [Fact]
    public async Task A_removed_record_is_caught_where_the_gap_is()
    {
        var (found, _) = await BusyCaseAsync();
        await SqlAsync("DELETE FROM audit_log WHERE case_id = {0} AND sequence = 12", found.Id);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(13, result.BrokenSequence);
    }

    [Fact]
    public async Task Records_cut_from_the_end_below_a_checkpoint_are_caught()
    {
        var (found, _) = await BusyCaseAsync();
        await SqlAsync("DELETE FROM audit_log WHERE case_id = {0} AND sequence > 20", found.Id);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(25, result.BrokenSequence);
        Assert.Contains("removed from the end", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_rewritten_with_fresh_hashes_is_caught_by_the_signed_checkpoint()
    {
        var (found, _) = await BusyCaseAsync();

        // Someone with database access rewrites record 3 and recomputes every later hash: the chain alone is
        // consistent again, but it no longer matches what the key outside the database signed.
        await RewriteChainAsync(found.Id, 3);

        Assert.Null(AuditChain.FindFirstBreak(await store.Cases.ListAuditAsync(found.Id)));
        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(25, result.BrokenSequence);
        Assert.Contains("rewritten", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_checkpoints_and_rewriting_the_chain_is_caught()
    {
        // The forgery a review found: delete the checkpoint row, change record 3, recompute every later hash.
        var (found, _) = await BusyCaseAsync();
        await SqlAsync("DELETE FROM audit_checkpoints WHERE case_id = {0}", found.Id);
        await RewriteChainAsync(found.Id, 3);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(25, result.BrokenSequence);
        Assert.Contains("must carry a signed checkpoint", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_only_the_checkpoints_is_caught()
    {
        var (found, _) = await BusyCaseAsync();
        await SqlAsync("DELETE FROM audit_checkpoints WHERE case_id = {0}", found.Id);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(25, result.BrokenSequence);
        Assert.Contains("checkpoints were deleted", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_without_its_checkpoint_is_caught()
    {
        var (found, _) = await BusyCaseAsync();
        var custody = await service.RecordExportAsync(Owner, found.Id, "graphml", new string('b', 64));
        var intact = await Verifier().VerifyAsync(found.Id);
        await SqlAsync("DELETE FROM audit_checkpoints WHERE case_id = {0} AND sequence = {1}", found.Id, custody.Sequence);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.True(intact.Intact, intact.Describe());
        Assert.Equal(31, custody.Sequence);
        Assert.Equal(2, intact.Checkpoints);
        Assert.False(result.Intact);
        Assert.Equal(31, result.BrokenSequence);
        Assert.Contains("records an export", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cutting_the_tail_after_the_last_checkpoint_is_caught_by_the_signed_head()
    {
        var (found, _) = await BusyCaseAsync();
        Assert.Equal(30, SignerHeads().Read(found.Id)!.Sequence);
        await SqlAsync("DELETE FROM audit_log WHERE case_id = {0} AND sequence > 27", found.Id);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(30, result.BrokenSequence);
        Assert.Contains("the log ends at 27", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewriting_the_records_after_the_last_checkpoint_is_caught_by_the_signed_head()
    {
        var (found, _) = await BusyCaseAsync();
        await RewriteChainAsync(found.Id, 27);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Equal(30, result.BrokenSequence);
        Assert.Contains("signed head", result.Problem, StringComparison.Ordinal);
        Assert.Contains("rewritten", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_honest_record_after_a_rewritten_tail_does_not_launder_it()
    {
        var (found, _) = await BusyCaseAsync();
        await RewriteChainAsync(found.Id, 27);
        await service.AddNoteAsync(Owner, found.Id, "written after the forgery, in good faith");
        await service.CheckpointAsync(found.Id);

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.Equal(30, SignerHeads().Read(found.Id)!.Sequence);
        Assert.False(result.Intact);
        Assert.Equal(30, result.BrokenSequence);
        Assert.Contains("signed head", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_appended_outside_Ariadne_or_a_deleted_head_are_caught()
    {
        var (found, _) = await BusyCaseAsync();
        var last = (await store.Cases.ListAuditAsync(found.Id))[^1];
        await using (var context = store.CreateDbContext())
        {
            context.AuditLog.Add(AuditChain.Next(found.Id, 31, last.AtUtc, Owner.UserId, AuditAction.NoteAdded, "note-x", "slipped in", last.Hash));
            await context.SaveChangesAsync();
        }

        var appended = await Verifier().VerifyAsync(found.Id);
        File.Delete(SignerHeads().PathOf(found.Id));
        var headless = await Verifier().VerifyAsync(found.Id);

        Assert.Equal(31, appended.BrokenSequence);
        Assert.Contains("come after the signed head", appended.Problem, StringComparison.Ordinal);
        Assert.False(headless.Intact);
        Assert.Contains("no signed head", headless.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_custody_stamp_catches_a_rewrite_by_someone_who_holds_the_key()
    {
        // The worst case: the forger can also sign (the key folder was copied). The chain, its checkpoints and the
        // head are all re-signed and verify; only the stamp an earlier export handed out still tells the truth.
        var (found, _) = await BusyCaseAsync();
        var stamp = await service.RecordExportAsync(Owner, found.Id, "report report.html", new string('c', 64));
        await service.AddNoteAsync(Owner, found.Id, "after the export");
        await SqlAsync("DELETE FROM audit_checkpoints WHERE case_id = {0}", found.Id);
        await RewriteChainAsync(found.Id, 10);
        foreach (var record in await store.Cases.ListAuditAsync(found.Id))
        {
            if (AuditCheckpointPolicy.IsRequired(record))
            {
                await store.Cases.AddCheckpointAsync(signer.Sign(record, record.AtUtc));
            }
        }

        File.Delete(SignerHeads().PathOf(found.Id));
        await SignerHeads().WriteAsync(signer.Sign((await store.Cases.ListAuditAsync(found.Id))[^1], DateTimeOffset.UtcNow));

        var withoutStamp = await Verifier().VerifyAsync(found.Id);
        var withStamp = await Verifier().VerifyAsync(found.Id, [stamp]);
        var otherCase = await service.CreateAsync(Owner, "Another case");
        var misplaced = await Verifier().VerifyAsync(otherCase.Id, [stamp]);

        Assert.True(withoutStamp.Intact, withoutStamp.Describe());
        Assert.False(withStamp.Intact);
        Assert.Equal(31, withStamp.BrokenSequence);
        Assert.Contains("custody stamp", withStamp.Problem, StringComparison.Ordinal);
        Assert.Contains("not " + otherCase.Id, misplaced.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_forged_or_signed_with_another_key_is_caught()
    {
        var (found, _) = await BusyCaseAsync();
        using var otherKey = AuditSigner.OpenOrCreate(Temp.Combine("keys", "other.pem"));

        var sameKey = await Verifier().VerifyAsync(found.Id);
        var foreign = await new AuditVerifier(store, vault, otherKey).VerifyAsync(found.Id);
        await SqlAsync("UPDATE audit_checkpoints SET signature = {1} WHERE case_id = {0}", found.Id, Convert.ToBase64String(new byte[64]));
        var edited = await Verifier().VerifyAsync(found.Id);

        Assert.True(sameKey.Intact, sameKey.Describe());
        Assert.False(foreign.Intact);
        Assert.Contains("not by this store's key", foreign.Problem, StringComparison.Ordinal);
        Assert.False(edited.Intact);
        Assert.Contains("signature does not verify", edited.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_modified_evidence_file_is_caught()
    {
        var (found, upload) = await BusyCaseAsync();
        var path = vault.GetPath(upload.Sha256);
        File.SetAttributes(path, FileAttributes.Normal);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await File.WriteAllTextAsync(path, "doctored photo");

        var result = await Verifier().VerifyAsync(found.Id);

        Assert.False(result.Intact);
        Assert.Contains("modified", result.Problem, StringComparison.Ordinal);
        Assert.Contains(upload.Id, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_evidence_file_or_an_edited_evidence_record_is_caught()
    {
        var (found, upload) = await BusyCaseAsync();
        await SqlAsync("UPDATE evidence SET sha256 = {1} WHERE id = {0}", upload.Id, new string('a', 64));
        var edited = await Verifier().VerifyAsync(found.Id);
        await SqlAsync("UPDATE evidence SET sha256 = {1} WHERE id = {0}", upload.Id, upload.Sha256);
        vault.Withdraw(upload.Sha256);
        var missing = await Verifier().VerifyAsync(found.Id);

        Assert.Contains("evidence record was edited", edited.Problem, StringComparison.Ordinal);
        Assert.Contains("missing", missing.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_Admin_withdraws_evidence_and_the_record_and_hash_stay()
    {
        var (found, upload) = await BusyCaseAsync();
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => service.WithdrawEvidenceAsync(Owner, upload.Id, "wrong file"));

        await service.WithdrawEvidenceAsync(Admin, upload.Id, "Uploaded to the wrong case; court order 17/2026.");

        var kept = (await service.GetAsync(Owner, found.Id)).Evidence.Single(e => e.Id == upload.Id);
        Assert.Equal(upload.Sha256, kept.Sha256);
        Assert.Equal(Admin.UserId, kept.WithdrawnByUserId);
        Assert.Equal("Uploaded to the wrong case; court order 17/2026.", kept.WithdrawnReason);
        Assert.False(vault.Exists(upload.Sha256));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => service.OpenEvidenceAsync(Owner, upload.Id));
        var result = await Verifier().VerifyAsync(found.Id);
        Assert.True(result.Intact, result.Describe());
    }

    [Fact]
    public async Task Concurrent_writers_still_make_one_unbroken_chain()
    {
        var found = await service.CreateAsync(Owner, "Busy");

        await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => service.AddNoteAsync(i % 2 == 0 ? Owner : Admin, found.Id, $"note {i}"))));

        var log = await store.Cases.ListAuditAsync(found.Id);
        Assert.Equal(Enumerable.Range(1, 33).Select(i => (long)i), log.Select(r => r.Sequence));
        Assert.Null(AuditChain.FindFirstBreak(log));
        Assert.Equal(32, (await service.GetAsync(Owner, found.Id)).Notes.Count);
    }

    /// <summary>A case with 30 audit records (one checkpoint at 25), an uploaded file and a document capture.</summary>
    private async Task<(Case Case, Evidence Upload)> BusyCaseAsync()
    {
        var documentId = await IngestAsync("""{"id":"b1","text":"New girls every week, call 555-0199, deposit first"}""");
        var found = await service.CreateAsync(Owner, "Weekly rotation", "Ads reposted weekly with new names.");
        await service.AddMemberAsync(Owner, found.Id, Colleague.UserId);
        using var photo = new MemoryStream(Encoding.UTF8.GetBytes("a benign test file standing in for a photo"));
        var upload = await service.CaptureAsync(Colleague, found.Id, photo, new EvidenceCapture(EvidenceKind.Upload, "scan.txt", "text/plain", null, "scan"));
        await service.CaptureDocumentAsync(Owner, found.Id, documentId);
        var task = await service.AddTaskAsync(Owner, found.Id, "Ask the platform for subscriber data");
        await service.CompleteTaskAsync(Colleague, found.Id, task.Id);
        var count = (await store.Cases.ListAuditAsync(found.Id)).Count;
        for (var i = count; i < 30; i++)
        {
            await service.AddNoteAsync(i % 2 == 0 ? Owner : Colleague, found.Id, $"Observation {i}: same wording as last week.");
        }

        return (found, upload);
    }

    private AuditVerifier Verifier() => new(store, vault, signer);

    private AuditHeadStore SignerHeads() => AuditHeadStore.BesideKey(signer.KeyPath);

    /// <summary>
    /// What a forger with database access does: changes the details of record <paramref name="from"/> and writes it
    /// and every later record again with freshly computed hashes, so the chain alone is consistent.
    /// </summary>
    private async Task RewriteChainAsync(string caseId, long from)
    {
        var records = (await store.Cases.ListAuditAsync(caseId)).ToList();
        var previous = records[(int)from - 2].Hash;
        await using var context = store.CreateDbContext();
        context.AuditLog.RemoveRange(context.AuditLog.Where(a => a.CaseId == caseId && a.Sequence >= from));
        await context.SaveChangesAsync();
        foreach (var record in records.Skip((int)from - 1))
        {
            var details = record.Sequence == from ? "forged" : record.Details;
            var rewritten = AuditChain.Next(record.CaseId, record.Sequence, record.AtUtc, record.UserId, record.Action, record.Subject, details, previous);
            context.AuditLog.Add(rewritten);
            previous = rewritten.Hash;
        }

        await context.SaveChangesAsync();
    }

    private async Task SqlAsync(string sql, params object[] args)
    {
        await using var context = store.CreateDbContext();
        await context.Database.ExecuteSqlRawAsync(sql, args);
    }

    private async Task<string> IngestAsync(string line)
    {
        var file = Temp.Combine(Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllTextAsync(file, line + "\n");
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(Temp.Combine("blobs")), null, CancellationToken.None);
        await using var context = store.CreateDbContext();
        return await context.Documents.Where(d => d.ExternalId == JsonId(line)).Select(d => d.Id).SingleAsync();
    }

    private static string JsonId(string line) => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!;
}
