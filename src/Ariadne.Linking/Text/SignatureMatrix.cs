namespace Ariadne.Linking.Text;

/// <summary>
/// The MinHash signatures of many documents in one flat array (row i = document i), so a million signatures are
/// one allocation the garbage collector never walks. Rows of documents too short to compare are marked unusable.
/// </summary>
public sealed class SignatureMatrix
{
    private readonly uint[] _values;
    private readonly bool[] _usable;
    private readonly int[] _shingles;

    public SignatureMatrix(int rows, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        Rows = rows;
        Width = width;
        _values = new uint[checked(rows * width)];
        _usable = new bool[rows];
        _shingles = new int[rows];
    }

    public int Rows { get; }

    public int Width { get; }

    public Span<uint> Row(int row) => _values.AsSpan(row * Width, Width);

    public ReadOnlySpan<uint> ReadRow(int row) => _values.AsSpan(row * Width, Width);

    public bool IsUsable(int row) => _usable[row];

    public void SetUsable(int row, bool usable) => _usable[row] = usable;

    /// <summary>How many shingles (with repeats) the row's text had: short texts are weak evidence.</summary>
    public int ShingleCount(int row) => _shingles[row];

    public void SetShingleCount(int row, int count) => _shingles[row] = count;

    public double Similarity(int a, int b) => MinHasher.Similarity(ReadRow(a), ReadRow(b));
}
