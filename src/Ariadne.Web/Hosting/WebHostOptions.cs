using Ariadne.Analysis.Stages;
using Ariadne.Store;

namespace Ariadne.Web.Hosting;

/// <summary>How the web host is started by <c>ariadne serve</c> or by tests.</summary>
public sealed class WebHostOptions
{
    public required StoreLocation Store { get; init; }

    /// <summary>Listen addresses; loopback by default so a demo never exposes data to the network by accident.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Folder of stored images and uploads (photos on document pages, files imported from the web).</summary>
    public string? BlobRoot { get; init; }

    /// <summary>
    /// The risk model imports are scored with, the one <c>ariadne serve</c> resolves like <c>ariadne analyze</c>
    /// (<c>--model</c>, ARIADNE_MODEL, else the shipped evidence model). Null only in hosts that never score: then
    /// imported documents stay pending for scoring and the import page says so.
    /// </summary>
    public DocumentScorer? Scorer { get; init; }

    /// <summary>Environment name (Production unless a developer asks otherwise).</summary>
    public string EnvironmentName { get; init; } = "Production";
}
