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
        Decode(emissions, transitions, labels, scoreBuffer, backBuffer);
        System.Buffers.ArrayPool<float>.Shared.Return(scoreBuffer);
        System.Buffers.ArrayPool<int>.Shared.Return(backBuffer);
    }

    /// <summary>As <see cref="Decode(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{int})"/>, in the caller's scratch (n × 9 each).</summary>
    internal static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> labels, Span<float> score, Span<int> back)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }

        for (var l = 0; l < L; l++)
        {
            score[l] = BioLabel.IsInside(l) ? float.NegativeInfinity : transitions[l] + emissions[l];
        }

        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * L, L);
            for (var l = 0; l < L; l++)
            {
                // Predecessors in increasing order, the first best kept: ties resolve as they always have.
                var best = float.NegativeInfinity;
                var from = 0;
                if (BioLabel.IsInside(l))
                {
                    var begin = l - 1;
                    var s = previous[begin] + transitions[((begin + 1) * L) + l];
                    if (s > best)
                    {
                        best = s;
                        from = begin;
                    }

                    s = previous[l] + transitions[((l + 1) * L) + l];
                    if (s > best)
                    {
                        best = s;
                        from = l;
                    }
                }
                else
                {
                    for (var k = 0; k < L; k++)
                    {
                        var s = previous[k] + transitions[((k + 1) * L) + l];
                        if (s > best)
                        {
                            best = s;
                            from = k;
                        }
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
    }
}
