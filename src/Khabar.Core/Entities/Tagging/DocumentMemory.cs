namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// The second pass's context: how the first pass labelled the same word (its core) in the sentences around
/// this one. A name is usually tagged right somewhere in a document, and the second pass carries that to
/// the places where the local context alone was not enough. Also the first pass's own labels for the token
/// and its neighbours (stacking).
/// </summary>
internal static class DocumentMemory
{
    /// <summary>Sentences on each side that count as the same document.</summary>
    public const int Window = 25;

    private const int Counts = BioLabel.Count + 1;

    /// <summary>Most features this adds to one token.</summary>
    private const int MaxAdded = 6;

    /// <summary>Each sentence's first-pass features with the memory features appended per token.</summary>
    public static SentenceFeatures[] Extend(IReadOnlyList<SentenceFeatures> first, IReadOnlyList<uint[]> cores, IReadOnlyList<int[]> labels)
    {
        var counts = new Dictionary<uint, int[]>();
        void Count(int s, int sign)
        {
            if (s < 0 || s >= cores.Count)
            {
                return;
            }

            for (var t = 0; t < cores[s].Length; t++)
            {
                if (cores[s][t] == 0)
                {
                    continue;
                }

                if (!counts.TryGetValue(cores[s][t], out var c))
                {
                    counts[cores[s][t]] = c = new int[Counts];
                }

                c[labels[s][t]] += sign;
                c[BioLabel.Count] += sign;
            }
        }

        for (var s = 0; s <= Window; s++)
        {
            Count(s, 1);
        }

        var extended = new SentenceFeatures[first.Count];
        var own = new int[Counts];
        for (var s = 0; s < first.Count; s++)
        {
            if (s > 0)
            {
                Count(s + Window, 1);
                Count(s - Window - 1, -1);
            }

            var n = first[s].Length;
            var features = new uint[first[s].All.Length + (n * MaxAdded)];
            var starts = new int[n + 1];
            var at = 0;
            for (var t = 0; t < n; t++)
            {
                starts[t] = at;
                var local = first[s].Of(t);
                local.CopyTo(features.AsSpan(at));
                at += local.Length;
                var label = labels[s][t];
                var previous = t > 0 ? labels[s][t - 1] : BioLabel.Count;
                var next = t + 1 < n ? labels[s][t + 1] : BioLabel.Count;
                features[at++] = Mix(52, (uint)label);
                features[at++] = Mix(53, (uint)previous, (uint)label);
                features[at++] = Mix(54, (uint)label, (uint)next);
                if (cores[s][t] == 0 || !counts.TryGetValue(cores[s][t], out var c))
                {
                    features[at++] = Mix(50, 99);
                    continue;
                }

                // Elsewhere: the window's counts less this token's own.
                c.CopyTo(own, 0);
                own[label]--;
                own[BioLabel.Count]--;
                var summary = Summary(own, out var inside);
                features[at++] = Mix(50, summary);
                features[at++] = Mix(51, summary, inside ? 1u : 0u);
                if (t > 0 && cores[s][t - 1] != 0 && counts.TryGetValue(cores[s][t - 1], out var before))
                {
                    features[at++] = Mix(55, Summary(before, out _));
                }
            }

            starts[n] = at;
            extended[s] = new SentenceFeatures(features, starts) { Tokens = first[s].Tokens };
        }

        return extended;
    }

    /// <summary>The type most often given elsewhere, and how often: 0 never seen, 1–4 × 3 strength buckets.</summary>
    private static uint Summary(int[] counts, out bool inside)
    {
        inside = false;
        var total = counts[BioLabel.Count];
        if (total <= 0)
        {
            return 0;
        }

        var bestType = 0;
        var best = 0;
        foreach (var type in EntityTypes.All)
        {
            var b = counts[BioLabel.Begin(type)];
            var i = counts[BioLabel.Inside(type)];
            if (b + i > best)
            {
                (best, bestType, inside) = (b + i, (int)type, i > b);
            }
        }

        if (best == 0)
        {
            return total >= 3 ? 100u : 101u;
        }

        var share = (double)best / total;
        var strength = share >= 0.75 ? 3u : share >= 0.4 ? 2u : 1u;
        return ((uint)bestType * 10) + strength;
    }

    private static uint Mix(uint template, uint a, uint b = 0)
    {
        var h = (template * 0x9E3779B1u) ^ 0x5BD1E995u;
        h = ((h ^ (a * 0xCC9E2D51u)) * 0x1B873593u) + 0xE6546B64u;
        return ((h ^ (b * 0x85EBCA6Bu)) * 0xC2B2AE35u) ^ (h >> 16);
    }
}
