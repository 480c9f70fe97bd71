namespace Ariadne.Scoring.Model;

/// <summary>
/// Platt scaling: P(positive | s) = 1 / (1 + exp(A·s + B)), fitted by Newton's method on held-out scores with
/// Platt's smoothed targets (Lin, Lin and Weng 2007), so that a probability of 0.8 means about 80%.
/// </summary>
public sealed record PlattCalibrator(double A, double B)
{
    public double Probability(double score)
    {
        var f = (A * score) + B;
        // Two algebraically equal forms; each is the numerically stable one on its side of zero.
        return f >= 0 ? Math.Exp(-f) / (1 + Math.Exp(-f)) : 1 / (1 + Math.Exp(f));
    }

    public static PlattCalibrator Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        var n = scores.Count;
        double pos = labels.Count(l => l), neg = n - pos;
        if (pos == 0 || neg == 0)
        {
            throw new ArgumentException("calibration needs both positive and negative examples");
        }

        var hi = (pos + 1) / (pos + 2);
        var lo = 1 / (neg + 2);
        var t = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = labels[i] ? hi : lo;
        }

        double a = 0, b = Math.Log((neg + 1) / (pos + 1));
        var fval = Objective(scores, t, a, b);
        for (var iter = 0; iter < 100; iter++)
        {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < n; i++)
            {
                var f = (scores[i] * a) + b;
                double p, q;
                if (f >= 0)
                {
                    p = Math.Exp(-f) / (1 + Math.Exp(-f));
                    q = 1 / (1 + Math.Exp(-f));
                }
                else
                {
                    p = 1 / (1 + Math.Exp(f));
                    q = Math.Exp(f) / (1 + Math.Exp(f));
                }

                var d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                var d1 = t[i] - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5)
            {
                break;
            }

            var det = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / det;
            var db = -((-h21 * g1) + (h11 * g2)) / det;
            var gd = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= 1e-10)
            {
                var na = a + (step * da);
                var nb = b + (step * db);
                var nf = Objective(scores, t, na, nb);
                if (nf < fval + (1e-4 * step * gd))
                {
                    a = na;
                    b = nb;
                    fval = nf;
                    break;
                }

                step /= 2;
            }

            if (step < 1e-10)
            {
                break;
            }
        }

        return new PlattCalibrator(a, b);
    }

    private static double Objective(IReadOnlyList<double> scores, double[] t, double a, double b)
    {
        var sum = 0.0;
        for (var i = 0; i < t.Length; i++)
        {
            var f = (scores[i] * a) + b;
            sum += f >= 0 ? (t[i] * f) + Math.Log(1 + Math.Exp(-f)) : ((t[i] - 1) * f) + Math.Log(1 + Math.Exp(f));
        }

        return sum;
    }
}
