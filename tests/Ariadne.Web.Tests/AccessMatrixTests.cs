using System.Net;
using Ariadne.Web.Accounts;

namespace Ariadne.Web.Tests;

/// <summary>
/// Every endpoint × every role, plus anonymous. The expectations are written out here, not derived from
/// <see cref="Policies"/>, so a change to the policy mapping has to be made on purpose in both places.
/// </summary>
public sealed class AccessMatrixTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string Anonymous = "anonymous";

    private static readonly string[] Everyone = [Roles.Admin, Roles.Analyst, Roles.Reviewer, Roles.Viewer];
    private static readonly string[] Importers = [Roles.Admin, Roles.Analyst];
    private static readonly string[] Admins = [Roles.Admin];

    /// <summary>Path (with {doc} for a real document id), whether it is an API, and who may open it.</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, _, _) in Endpoints)
        {
            foreach (var who in Everyone.Append(Anonymous))
            {
                data.Add(path, who);
            }
        }

        return data;
    }

    private static readonly (string Path, bool Api, string[] Allowed)[] Endpoints =
    [
        ("/", false, Everyone),
        ("/documents/{doc}", false, Everyone),
        ("/api/documents", true, Everyone),
        ("/api/documents/{doc}", true, Everyone),
        ("/api/documents/{doc}/raw", true, Everyone),
        ("/admin/users", false, Admins),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_exactly_what_it_may(string path, string who)
    {
        var endpoint = Endpoints.Single(e => e.Path == path);
        var url = path.Replace("{doc}", app.DocumentIdOf[5], StringComparison.Ordinal);
        using var client = who == Anonymous ? app.NewClient() : await app.SignedInClientAsync(who);

        using var response = await client.GetAsync(url);

        if (who != Anonymous && endpoint.Allowed.Contains(who))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else if (endpoint.Api)
        {
            Assert.Equal(who == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!.OriginalString;
            Assert.Contains(who == Anonymous ? "/account/sign-in?ReturnUrl=" : "/account/denied?ReturnUrl=", location, StringComparison.Ordinal);
        }
    }
}
