using System.Numerics;
using System.Runtime.InteropServices;

namespace Ariadne.Imaging.Pdq;

/// <summary>
/// Step 5: the 2-D DCT of the 64×64 downsample, keeping only frequencies 1..16 in each direction (the constant
/// term is skipped): B = D·A·Dᵀ with D the 16×64 DCT-II matrix. Each output is a sum over k in increasing order,
/// exactly as the reference accumulates it; SIMD runs independent outputs side by side, never reorders a sum.
/// </summary>
internal static class Dct64To16
{
    /// <summary>D, 16 × 64, row-major.</summary>
    private static readonly float[] Matrix = BuildMatrix();

    /// <summary>Dᵀ, 64 × 16, row-major (for the second product).</summary>
    private static readonly float[] MatrixTransposed = Transpose(Matrix);

    private static float[] BuildMatrix()
    {
        var d = new float[16 * 64];
        // The scale is rounded to float first and the product rounded again, as in the reference.
        var scale = (float)Math.Sqrt(2.0 / 64.0);
        for (var i = 0; i < 16; i++)
        {
            for (var j = 0; j < 64; j++)
            {
                d[(i * 64) + j] = (float)(scale * Math.Cos(Math.PI / 2.0 / 64.0 * (i + 1) * ((2 * j) + 1)));
            }
        }
        return d;
    }

    private static float[] Transpose(float[] d)
    {
        var t = new float[64 * 16];
        for (var i = 0; i < 16; i++)
        {
            for (var k = 0; k < 64; k++)
            {
                t[(k * 16) + i] = d[(i * 64) + k];
            }
        }
        return t;
    }

    /// <param name="a">64×64 input.</param>
    /// <param name="t">16×64 scratch.</param>
    /// <param name="b">16×16 output.</param>
    public static void Compute(ReadOnlySpan<float> a, Span<float> t, Span<float> b)
    {
        var d = Matrix.AsSpan();
        // T = D·A: T[i][j] = Σk D[i][k]·A[k][j]; lanes over j.
        for (var i = 0; i < 16; i++)
        {
            var ti = MemoryMarshal.Cast<float, Vector<float>>(t.Slice(i * 64, 64));
            ti.Clear();
            for (var k = 0; k < 64; k++)
            {
                var dik = new Vector<float>(d[(i * 64) + k]);
                var ak = MemoryMarshal.Cast<float, Vector<float>>(a.Slice(k * 64, 64));
                for (var v = 0; v < ti.Length; v++)
                {
                    ti[v] += dik * ak[v];
                }
            }
        }
        // B = T·Dᵀ: B[i][j] = Σk T[i][k]·D[j][k]; lanes over j.
        var dt = MatrixTransposed.AsSpan();
        for (var i = 0; i < 16; i++)
        {
            var bi = b.Slice(i * 16, 16);
            if (Vector<float>.Count <= 16 && 16 % Vector<float>.Count == 0)
            {
                var vb = MemoryMarshal.Cast<float, Vector<float>>(bi);
                vb.Clear();
                for (var k = 0; k < 64; k++)
                {
                    var tik = new Vector<float>(t[(i * 64) + k]);
                    var dk = MemoryMarshal.Cast<float, Vector<float>>(dt.Slice(k * 16, 16));
                    for (var v = 0; v < vb.Length; v++)
                    {
                        vb[v] += tik * dk[v];
                    }
                }
            }
            else
            {
                for (var j = 0; j < 16; j++)
                {
                    var sum = 0f;
                    for (var k = 0; k < 64; k++)
                    {
                        sum += t[(i * 64) + k] * d[(j * 64) + k];
                    }
                    bi[j] = sum;
                }
            }
        }
    }
}
