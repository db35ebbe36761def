namespace Khabar.Core.Entities.Tagging;

/// <summary>The best-scoring label sequence under per-token and label-to-label scores, with I-X allowed only after B-X or I-X.</summary>
public static class ViterbiDecoder
{
    private const int L = BioLabel.Count;

    /// <summary>
    /// Decodes <paramref name="labels"/>.Length tokens from <paramref name="emissions"/> (n × 9) and
    /// <paramref name="transitions"/> (10 × 9, row 0 the sentence start).
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }

        var scoreBuffer = System.Buffers.ArrayPool<float>.Shared.Rent(n * L);
        var backBuffer = System.Buffers.ArrayPool<int>.Shared.Rent(n * L);
        var score = scoreBuffer.AsSpan(0, n * L);
        var back = backBuffer.AsSpan(0, n * L);
        for (var l = 0; l < L; l++)
        {
            score[l] = BioLabel.IsInside(l) ? float.NegativeInfinity : transitions[l] + emissions[l];
        }

        for (var i = 1; i < n; i++)
        {
            for (var l = 0; l < L; l++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                for (var k = 0; k < L; k++)
                {
                    if (!BioLabel.CanFollow(k, l))
                    {
                        continue;
                    }

                    var s = score[((i - 1) * L) + k] + transitions[((k + 1) * L) + l];
                    if (s > best)
                    {
                        best = s;
                        from = k;
                    }
                }

                score[(i * L) + l] = best + emissions[(i * L) + l];
                back[(i * L) + l] = from;
            }
        }

        var last = 0;
        for (var l = 1; l < L; l++)
        {
            if (score[((n - 1) * L) + l] > score[((n - 1) * L) + last])
            {
                last = l;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[(i * L) + last];
        }

        System.Buffers.ArrayPool<float>.Shared.Return(scoreBuffer);
        System.Buffers.ArrayPool<int>.Shared.Return(backBuffer);
    }
}
