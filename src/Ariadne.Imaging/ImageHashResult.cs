using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging;

/// <summary>The hash (and, when asked for, the 8 dihedral hashes) of one image, or why it could not be hashed.</summary>
public sealed record ImageHashResult
{
    /// <summary>The hash and quality; default when <see cref="Error"/> is set.</summary>
    public PdqResult Result { get; init; }

    /// <summary>The 8 dihedral hashes in the reference order (Original first), when requested.</summary>
    public IReadOnlyList<PdqHash>? Dihedral { get; init; }

    /// <summary>Width and height that were hashed (after any orientation or resize).</summary>
    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>Why the image could not be hashed; null on success.</summary>
    public string? Error { get; init; }

    public bool Succeeded => Error is null;
}
