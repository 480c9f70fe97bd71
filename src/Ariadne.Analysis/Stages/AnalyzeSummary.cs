namespace Ariadne.Analysis.Stages;

/// <summary>
/// What one <c>ariadne analyze</c> run did. The photo stage's counts are zero when it was skipped (no blob root):
/// <see cref="PhotoStageRan"/> tells the two apart.
/// </summary>
public sealed record AnalyzeSummary(long DocumentsAnalyzed, long MentionsStored, long ObfuscatedPhones, TimeSpan Elapsed)
{
    /// <summary>Wall time per stage ("extract 1.20 s, score 3.40 s, …").</summary>
    public string Stages { get; init; } = string.Empty;

    public bool PhotoStageRan { get; init; }

    /// <summary>Documents the photo stage processed.</summary>
    public long DocumentsHashed { get; init; }

    /// <summary>Distinct images (blobs) hashed in this run; a photo shown by many documents counts once.</summary>
    public long ImagesHashed { get; init; }

    /// <summary>Images that could not be decoded; recorded with the reason in <c>image_hashes.error</c>.</summary>
    public long ImagesUnreadable { get; init; }

    /// <summary>Images whose blob file was not under the blob root; not recorded, so a later run can retry them.</summary>
    public long ImagesMissing { get; init; }

    /// <summary>What updating the photo-index snapshot did, when it was updated.</summary>
    public PhotoIndex.PhotoIndexReport? PhotoIndex { get; init; }

    /// <summary>The link stage's outcome, when it ran.</summary>
    public LinkStageSummary? Link { get; init; }
    public bool ScoreStageRan { get; init; }

    /// <summary>Documents the scoring stage scored in this run, <see cref="DocumentsRescored"/> included.</summary>
    public long DocumentsScored { get; init; }

    /// <summary>
    /// Of them, documents scored before whose identifier groups gained a new document in this run: their network
    /// features changed, so they were scored again.
    /// </summary>
    public long DocumentsRescored { get; init; }

    /// <summary>Indicator hits stored for them.</summary>
    public long IndicatorHits { get; init; }

    /// <summary>Of them, documents with a risk of 0.5 or more.</summary>
    public long HighRisk { get; init; }
}
