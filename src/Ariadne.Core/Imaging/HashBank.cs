namespace Ariadne.Core.Imaging;

/// <summary>
/// A named list of known image hashes (a takedown list, a partner's shared signals, a case's photos). Banks hold
/// hashes only, never the images: a bank can be shared or kept without holding the material it describes.
/// </summary>
public sealed class HashBank
{
    public long Id { get; set; }

    /// <summary>Unique name, as given on the command line (<c>ariadne bank import NAME FILE</c>).</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAtUtc { get; set; }
}
