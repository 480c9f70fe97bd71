using System.Security.Cryptography;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

/// <summary>
/// <c>ariadne case</c> and <c>ariadne audit</c> end to end on a real SQLite store: a case is opened, worked and
/// captured into; verification passes; then a byte of an evidence file is changed and verification names it.
/// </summary>
public sealed class CaseCommandTests
{
    [Fact]
    public async Task A_case_worked_from_the_terminal_verifies_until_its_evidence_is_touched()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "a.db");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "user", "add", "lead@example.com", "--role", "Analyst")).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "user", "add", "other@example.com", "--role", "Analyst")).ExitCode);
        var scan = Path.Combine(dir.Path, "tip.txt");
        await File.WriteAllTextAsync(scan, "Tip received by phone: same number as the ads in Leeds.");
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(scan)));

        var created = await CliHarness.RunAsync("--store", store, "case", "create", "Leeds rotation", "--as", "lead@example.com");
        var caseId = created.Output.Trim();
        var captured = await CliHarness.RunAsync("--store", store, "case", "capture", caseId, "--file", scan, "--source-url", "https://tips.example.org/17", "--as", "lead@example.com");
        var note = await CliHarness.RunAsync("--store", store, "case", "note", caseId, "Same wording as the Hull ads.", "--as", "lead@example.com");
        var show = await CliHarness.RunAsync("--store", store, "case", "show", caseId, "--as", "lead@example.com");
        var outsider = await CliHarness.RunAsync("--store", store, "case", "show", caseId, "--as", "other@example.com");
        var verified = await CliHarness.RunAsync("--store", store, "audit", "verify");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("case-", caseId, StringComparison.Ordinal);
        Assert.Equal(0, captured.ExitCode);
        Assert.Contains("sha256 " + sha, captured.Output, StringComparison.Ordinal);
        Assert.Equal(0, note.ExitCode);
        Assert.Contains(sha, show.Output, StringComparison.Ordinal);
        Assert.Contains("Same wording as the Hull ads.", show.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, outsider.ExitCode);
        Assert.Contains("not a member", outsider.Error, StringComparison.Ordinal);
        Assert.Equal(0, verified.ExitCode);
        Assert.Contains($"case {caseId}: intact — 3 audit records", verified.Output, StringComparison.Ordinal);

        var evidenceFile = Directory.EnumerateFiles(Path.Combine(dir.Path, "evidence"), sha, SearchOption.AllDirectories).Single();
        File.SetAttributes(evidenceFile, FileAttributes.Normal);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(evidenceFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await File.WriteAllTextAsync(evidenceFile, "Tip received by phone: same number as the ads in York.");
        var broken = await CliHarness.RunAsync("--store", store, "audit", "verify", "--case", caseId);

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains($"case {caseId}: BROKEN at audit record 2", broken.Output, StringComparison.Ordinal);
        Assert.Contains("modified", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_leaves_a_custody_stamp_that_verify_checks_and_a_deleted_checkpoint_is_caught()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "a.db");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "user", "add", "lead@example.com", "--role", "Analyst")).ExitCode);
        var caseId = (await CliHarness.RunAsync("--store", store, "case", "create", "Leeds rotation", "--as", "lead@example.com")).Output.Trim();
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "case", "note", caseId, "Seen again.", "--as", "lead@example.com")).ExitCode);
        var file = Path.Combine(dir.Path, "case.htcds.json");

        var export = await CliHarness.RunAsync("--store", store, "export", "htcds", "--case", caseId, "--out", file, "--as", "lead@example.com");
        var stamp = file + ".custody.json";
        var verified = await CliHarness.RunAsync("--store", store, "audit", "verify", "--stamp", stamp);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Path.Combine(dir.Path, "a.db")))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM audit_checkpoints";
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        var broken = await CliHarness.RunAsync("--store", store, "audit", "verify", "--case", caseId);

        Assert.Equal(0, export.ExitCode);
        Assert.Contains($"\"case_id\": \"{caseId}\"", await File.ReadAllTextAsync(stamp), StringComparison.Ordinal);
        Assert.Contains("\"sequence\": 3", await File.ReadAllTextAsync(stamp), StringComparison.Ordinal);
        Assert.Equal(0, verified.ExitCode);
        Assert.Contains($"case {caseId}: intact — 3 audit records, 1 of 1 checkpoints signed by this key, signed head at record 3", verified.Output, StringComparison.Ordinal);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains($"case {caseId}: BROKEN at audit record 3", broken.Output, StringComparison.Ordinal);
        Assert.Contains("checkpoints were deleted", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_commands_need_an_account_and_name_the_missing_one()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "a.db");

        var noAccount = await CliHarness.RunAsync("--store", store, "case", "list");
        var unknown = await CliHarness.RunAsync("--store", store, "case", "list", "--as", "nobody@example.com");

        Assert.NotEqual(0, noAccount.ExitCode);
        Assert.Contains("--as", noAccount.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("nobody@example.com", unknown.Error, StringComparison.Ordinal);
    }
}
