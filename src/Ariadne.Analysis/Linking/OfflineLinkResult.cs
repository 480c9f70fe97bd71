using Ariadne.Linking;

namespace Ariadne.Analysis.Linking;

/// <summary>The outcome of <see cref="OfflineLinker"/>: the documents read, the bad lines, and the networks.</summary>
public sealed record OfflineLinkResult(
    IReadOnlyList<LinkInputRecord> Records,
    IReadOnlyList<LinkInputError> Errors,
    IReadOnlyList<LinkDocument> Documents,
    LinkResult Link,
    IReadOnlyList<string> NetworkIds,
    IReadOnlyList<string> ImageErrors,
    TimeSpan ReadTime,
    TimeSpan ExtractTime,
    TimeSpan PhotoTime,
    TimeSpan LinkTime)
{
    /// <summary>The network id of document <paramref name="ordinal"/>.</summary>
    public string NetworkOf(int ordinal) => NetworkIds[Link.ComponentOf[ordinal]];
}
