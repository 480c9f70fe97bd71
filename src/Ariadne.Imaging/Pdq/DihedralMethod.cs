namespace Ariadne.Imaging.Pdq;

/// <summary>How the 8 dihedral hashes are computed.</summary>
public enum DihedralMethod
{
    /// <summary>One DCT, then coefficient sign flips and transposes: the C++/Java reference (fast, the default).</summary>
    Dct = 0,

    /// <summary>Transform the image and hash each variant: python-threatexchange's --photo-preprocess=rotations.</summary>
    Image = 1,
}
