namespace Ariadne.Analysis.Stages;

/// <summary>Identity of the extraction stage in the store's analysis bookkeeping.</summary>
public static class ExtractStage
{
    public const string Name = "extract";

    /// <summary>
    /// Bump when extraction changes what it finds: documents analysed by an older version become pending again,
    /// and their mentions are replaced on the next <c>ariadne analyze</c>.
    /// </summary>
    public const int Version = 1;
}
