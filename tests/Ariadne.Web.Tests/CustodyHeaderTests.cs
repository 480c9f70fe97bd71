using System.Security.Cryptography;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases;
using Ariadne.Web.Hosting;

namespace Ariadne.Web.Tests;

/// <summary>
/// Every case export and report goes out with its custody stamp: the checkpoint signed over the export's own audit
/// record, which names the SHA-256 of exactly the bytes served, and which verifies against the store.
/// </summary>
public sealed class CustodyHeaderTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData("/report.html")]
    [InlineData("/export/graphml")]
    [InlineData("/export/htcds.csv")]
    [InlineData("/export/ctdc.csv")]
    public async Task A_case_download_carries_a_stamp_that_binds_its_bytes(string suffix)
    {
        using var client = await app.SignedInClientAsync(Roles.Analyst);

        using var response = await client.GetAsync($"/cases/{app.SharedCaseId}{suffix}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.EnsureSuccessStatusCode();
        var header = Assert.Single(response.Headers.GetValues(CustodyHeader.Name));
        var stamp = AuditCheckpointJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(header));
        Assert.Equal(app.SharedCaseId, stamp.CaseId);
        Assert.True(app.Cases.Signer.Verify(stamp));
        var record = (await app.Store.Cases.ListAuditAsync(app.SharedCaseId)).Single(r => r.Sequence == stamp.Sequence);
        Assert.Equal(record.Hash, stamp.Hash);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), record.Details);
        var verified = await new AuditVerifier(app.Store, app.Cases.Vault, app.Cases.Signer).VerifyAsync(app.SharedCaseId, [stamp]);
        Assert.True(verified.Intact, verified.Describe());
    }
}
