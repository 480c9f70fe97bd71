namespace Ariadne.Analysis.Linking;

/// <summary>One document line of a link input file, with the image paths resolved against the file's folder.</summary>
public sealed record LinkInputRecord(long Line, string Id, string Text, string? Country, string? Location, DateTimeOffset? PostedUtc, IReadOnlyList<string> ImagePaths)
{
    /// <summary>The record's title, when it has one (read by the scorer; the linker works from the text).</summary>
    public string? Title { get; init; }
}
