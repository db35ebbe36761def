namespace Khabar.Core.Assign;

/// <summary>
/// Fits a <see cref="LinkModel"/> by L2-regularised logistic regression, with Newton steps (the model has a
/// handful of weights, so each step solves the small system exactly). Deterministic: the same pairs give the same
/// weights.
/// </summary>
public static class LinkModelTrainer
{
    public static LinkModel Train(IReadOnlyList<double[]> features, IReadOnlyList<bool> same, double ridge = 1e-2, int steps = 30)
    {
        var n = features.Count > 0 ? features[0].Length : LinkFeatures.Count;
        var weights = new double[n];
        for (var step = 0; step < steps; step++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            for (var k = 0; k < n; k++)
            {
                gradient[k] = ridge * weights[k];
                hessian[k, k] = ridge;
            }

            for (var i = 0; i < features.Count; i++)
            {
                var x = features[i];
                var z = 0.0;
                for (var k = 0; k < n; k++)
                {
                    z += weights[k] * x[k];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var error = p - (same[i] ? 1 : 0);
                var curvature = p * (1 - p);
                for (var k = 0; k < n; k++)
                {
                    gradient[k] += error * x[k];
                    for (var m = 0; m < n; m++)
                    {
                        hessian[k, m] += curvature * x[k] * x[m];
                    }
                }
            }

            var delta = Solve(hessian, gradient);
            var change = 0.0;
            for (var k = 0; k < n; k++)
            {
                weights[k] -= delta[k];
                change = Math.Max(change, Math.Abs(delta[k]));
            }

            if (change < 1e-9)
            {
                break;
            }
        }

        return new LinkModel(weights);
    }

    /// <summary>Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                x[row] -= factor * x[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            for (var k = row + 1; k < n; k++)
            {
                x[row] -= m[row, k] * x[k];
            }

            x[row] /= m[row, row];
        }

        return x;
    }
}
