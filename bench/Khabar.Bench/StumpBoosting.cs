namespace Khabar.Bench;

/// <summary>
/// An experiment beside the shipped logistic link models: gradient-boosted depth-2 trees on logistic loss over
/// the same pair features, to see whether a non-linear model separates the pairs better (not shipped).
/// </summary>
internal sealed class StumpBoosting
{
    private readonly List<(int F1, double T1, int F2L, double T2L, int F2R, double T2R, double[] Leaf)> _trees = [];
    private double _bias;

    public static StumpBoosting Train(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, int rounds = 150, double rate = 0.1)
    {
        var model = new StumpBoosting();
        var n = x.Count;
        var positives = y.Count(v => v);
        model._bias = Math.Log((positives + 1.0) / (n - positives + 1.0));
        var score = Enumerable.Repeat(model._bias, n).ToArray();
        var features = x[0].Length;
        var cuts = Enumerable.Range(0, features).Select(f => x.Select(r => r[f]).Distinct().Order().ToArray() is var v && v.Length > 1
            ? Enumerable.Range(1, 15).Select(q => v[q * (v.Length - 1) / 16]).Distinct().ToArray()
            : []).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var g = new double[n];
            var h = new double[n];
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-score[i]));
                g[i] = (y[i] ? 1 : 0) - p;
                h[i] = Math.Max(p * (1 - p), 1e-6);
            }

            var all = Enumerable.Range(0, n).ToArray();
            var (f1, t1, _) = Best(x, all, g, h, cuts);
            if (f1 < 0)
            {
                break;
            }

            var left = all.Where(i => x[i][f1] < t1).ToArray();
            var right = all.Where(i => x[i][f1] >= t1).ToArray();
            var (f2l, t2l, _) = Best(x, left, g, h, cuts);
            var (f2r, t2r, _) = Best(x, right, g, h, cuts);
            var leaf = new double[4];
            var sums = new (double G, double H)[4];
            for (var i = 0; i < n; i++)
            {
                var at = Leaf(x[i], f1, t1, f2l, t2l, f2r, t2r);
                sums[at].G += g[i];
                sums[at].H += h[i];
            }

            for (var k = 0; k < 4; k++)
            {
                leaf[k] = rate * sums[k].G / (sums[k].H + 1);
            }

            model._trees.Add((f1, t1, f2l, t2l, f2r, t2r, leaf));
            for (var i = 0; i < n; i++)
            {
                score[i] += leaf[Leaf(x[i], f1, t1, f2l, t2l, f2r, t2r)];
            }
        }

        return model;
    }

    public double Probability(double[] x)
    {
        var s = _bias;
        foreach (var (f1, t1, f2l, t2l, f2r, t2r, leaf) in _trees)
        {
            s += leaf[Leaf(x, f1, t1, f2l, t2l, f2r, t2r)];
        }

        return 1 / (1 + Math.Exp(-s));
    }

    private static int Leaf(double[] x, int f1, double t1, int f2l, double t2l, int f2r, double t2r) =>
        x[f1] < t1 ? (f2l < 0 || x[f2l] < t2l ? 0 : 1) : (f2r < 0 || x[f2r] < t2r ? 2 : 3);

    private static (int Feature, double Threshold, double Gain) Best(IReadOnlyList<double[]> x, int[] rows, double[] g, double[] h, double[][] cuts)
    {
        var (bestF, bestT, bestGain) = (-1, 0.0, 0.0);
        if (rows.Length < 20)
        {
            return (bestF, bestT, bestGain);
        }

        double totalG = rows.Sum(i => g[i]), totalH = rows.Sum(i => h[i]);
        var parent = totalG * totalG / (totalH + 1);
        for (var f = 0; f < cuts.Length; f++)
        {
            foreach (var t in cuts[f])
            {
                double lg = 0, lh = 0;
                foreach (var i in rows)
                {
                    if (x[i][f] < t)
                    {
                        lg += g[i];
                        lh += h[i];
                    }
                }

                var gain = (lg * lg / (lh + 1)) + ((totalG - lg) * (totalG - lg) / (totalH - lh + 1)) - parent;
                if (gain > bestGain)
                {
                    (bestF, bestT, bestGain) = (f, t, gain);
                }
            }
        }

        return (bestF, bestT, bestGain);
    }
}
