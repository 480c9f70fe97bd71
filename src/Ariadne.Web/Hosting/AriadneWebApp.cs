using System.Text.Json;
using System.Text.Json.Serialization;
using Ariadne.Analysis.PhotoIndex;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases;
using Ariadne.Investigation.Cases.Report;
using Ariadne.Investigation.Cases.Timeline;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Web.Cases;
using Ariadne.Web.Components;
using Ariadne.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ariadne.Web.Hosting;

/// <summary>Builds the analysts' web application over an opened store.</summary>
public static class AriadneWebApp
{
    /// <summary>
    /// Creates the app. The store is opened by the caller (the CLI opens it once, seeds a demo corpus if asked,
    /// then hands it over) and is disposed with the app.
    /// </summary>
    public static WebApplication Build(WebHostOptions options, AriadneStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(AriadneWebApp).Assembly.GetName().Name,
            EnvironmentName = options.EnvironmentName,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestLineSize = RequestTargetLimit.KestrelRequestLineLimit);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Import.ImportQueue>();
        // One photo index per process, loaded from its snapshot beside the blob folder (memory only without one).
        builder.Services.AddSingleton(sp => new PhotoIndexCache(store,
            new PhotoIndexOptions { SnapshotPath = options.BlobRoot is { } blobs ? PhotoIndexLocation.ForBlobRoot(blobs) : null },
            sp.GetService<ILogger<PhotoIndexCache>>()));
        // One case service per app: evidence in the blob folder's vault, the audit signing key beside it.
        var blobRoot = options.BlobRoot ?? Path.GetFullPath(Path.Combine("ariadne-data", "blobs"));
        builder.Services.AddSingleton(_ => AuditSigner.OpenOrCreate(AuditSigner.DefaultPath(blobRoot)));
        builder.Services.AddSingleton(sp => new CaseService(store, new EvidenceVault(EvidenceVault.ForBlobRoot(blobRoot)), sp.GetRequiredService<AuditSigner>(),
            new FileSystemBlobStore(blobRoot), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(new CaseTimelineBuilder(store));
        builder.Services.AddSingleton(sp => new CaseExports(store, sp.GetRequiredService<CaseService>()));
        builder.Services.AddSingleton(sp => new CaseReportBuilder(store, sp.GetRequiredService<CaseService>(),
            AuditVerification.For(store, sp.GetRequiredService<CaseService>()), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService<Import.ImportJobRecovery>();
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAriadneAuthentication(store);
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

        var app = builder.Build();

        // Trusts X-Forwarded-Proto only from loopback (the defaults), so a local TLS proxy makes cookies Secure
        // and nobody else can claim https.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto });
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // An error status without a body of its own (unknown URL, 414, 405) is answered by the app's status page.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseMiddleware<RequestTargetLimit>();

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthEndpoint();
        app.MapAssetEndpoints();
        app.MapAccountEndpoints();
        app.MapDocumentApi();
        app.MapEntityApi();
        app.MapNetworkApi();
        app.MapReviewEndpoints();
        app.MapTimeZoneEndpoints();
        app.MapImportEndpoints();
        app.MapCaseEndpoints();
        app.MapResultExportEndpoints();
        app.MapWatchEndpoints();
        app.MapRazorComponents<App>();
        app.Lifetime.ApplicationStopped.Register(() => store.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return app;
    }
}
