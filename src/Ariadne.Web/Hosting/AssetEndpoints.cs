using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ariadne.Web.Hosting;

/// <summary>
/// Serves the app's stylesheet, its own script modules and the npm-built libraries from the assembly, so the app
/// needs no CDN and no files beside the binary. Only names compiled in are served; anything else is a 404.
/// </summary>
public static class AssetEndpoints
{
    private const string OwnPrefix = "Ariadne.Web.Assets.";
    private const string VendorPrefix = "Ariadne.Web.Vendor.";

    // URL path → resource; built once from the manifest, so a request can never name an arbitrary resource.
    private static readonly Lazy<FrozenDictionary<string, (byte[] Bytes, string ContentType)>> Assets = new(Load);

    public static IEndpointRouteBuilder MapAssetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The sign-in page needs the stylesheet before anyone is signed in; assets hold no data.
        endpoints.MapGet("/assets/{**path}", Serve).AllowAnonymous();
        return endpoints;
    }

    private static Results<FileContentHttpResult, NotFound> Serve(string path, HttpContext context)
    {
        if (!Assets.Value.TryGetValue(path, out var asset))
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Bytes(asset.Bytes, asset.ContentType);
    }

    /// <summary>The URL paths (under <c>/assets/</c>) the app serves.</summary>
    public static IEnumerable<string> Paths => Assets.Value.Keys;

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            string? path = name.StartsWith(OwnPrefix, StringComparison.Ordinal)
                ? OwnPath(name[OwnPrefix.Length..])
                : name.StartsWith(VendorPrefix, StringComparison.Ordinal) ? "vendor/" + name[VendorPrefix.Length..] : null;
            if (path is not null)
            {
                assets[path] = (Read(assembly, name), ContentType(path));
            }
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Our scripts live in Assets/js and the stylesheet at the top; resource names are flattened by the build.
    private static string OwnPath(string file) => file.EndsWith(".js", StringComparison.Ordinal) ? "js/" + file : file;

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded asset '{name}' is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
