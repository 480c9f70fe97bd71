namespace Ariadne.Web.Security;

/// <summary>Keeps <c>returnUrl</c> on this site, so the sign-in page cannot be used as an open redirect.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
