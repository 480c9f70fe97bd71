namespace Ariadne.Imaging.Pdq;

/// <summary>How RGB becomes the float luminance the hash is computed from.</summary>
public enum LumaPrecision
{
    /// <summary>
    /// 0.299R + 0.587G + 0.114B evaluated in double and rounded once to float: what pdqhash-python (numpy) and so
    /// python-threatexchange do. The default because most published vectors come from that path.
    /// </summary>
    Double = 0,

    /// <summary>The same formula in float arithmetic, as the C++ reference's own file hasher does.</summary>
    Single = 1,
}
