using Khabar.Core.Analyze;
using Khabar.Text;

namespace Khabar.Core.Reuse;

/// <summary>
/// Aligns the sentences of two articles to find reused copy, whether reprinted with light edits or translated
/// again from the same foreign report. Two sentences match when they share enough of their weighted terms,
/// a term matching another by light stem or by name key (so شويغو meets شويجو); the matches are made one to
/// one, best first, and kept only where they run in the same order in both articles; neighbouring matches
/// join into passages. Articles that only share a topic match a sentence or two at most, out of order or
/// weakly; copy matches in runs.
/// </summary>
public static class ReuseAligner
{
    /// <summary>Weighted Dice similarity at which two sentences say the same thing in other words.</summary>
    public const double SentenceThreshold = 0.4;

    /// <summary>Share of an article in aligned passages from which it counts as sharing copy.</summary>
    public const double CopyThreshold = 0.2;

    /// <summary>Aligned sentences needed to count as sharing copy (or all of a shorter article's).</summary>
    private const int MinCopySentences = 3;

    /// <summary>Similarity at which a single sentence is the same copy.</summary>
    private const double StrongSentence = 0.7;

    /// <summary>Terms two sentences must share before their similarity is computed.</summary>
    private const int MinSharedTerms = 3;

    public static ReuseMatch Align(ContentTerms a, ContentTerms b)
    {
        var (keysA, keysB) = (a.SentenceKeys, b.SentenceKeys);
        var pairs = InOrder(OneToOne(MatchSentences(keysA, keysB)));
        var passages = Passages(pairs, a, b);
        var score = Math.Max(Covered(keysA, pairs.Select(p => p.A)), Covered(keysB, pairs.Select(p => p.B)));

        // A run of sentences is evidence of copy; a lone matching sentence is only when it is the whole of a
        // one-sentence article and nearly word for word.
        var needed = Math.Min(MinCopySentences, Math.Min(keysA.Count, keysB.Count));
        var enough = needed > 1 ? pairs.Count >= needed : pairs.Count == 1 && pairs[0].Similarity >= StrongSentence;
        return new ReuseMatch(Math.Round(score, 3), enough && score >= CopyThreshold, passages);
    }

    private static List<SentencePair> MatchSentences(SentenceKeys a, SentenceKeys b)
    {
        var pairs = new List<SentencePair>();
        var shared = new int[b.Count];
        var stamp = new int[b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            foreach (var key in a.KeysOf(i))
            {
                if (b.SentencesOf.TryGetValue(key, out var sentences))
                {
                    foreach (var j in sentences)
                    {
                        shared[j] = stamp[j] == i + 1 ? shared[j] + 1 : 1;
                        stamp[j] = i + 1;
                    }
                }
            }

            for (var j = 0; j < b.Count; j++)
            {
                if (stamp[j] == i + 1 && shared[j] >= MinSharedTerms && a.Similarity(i, b, j) is var similarity && similarity >= SentenceThreshold)
                {
                    pairs.Add(new SentencePair(i, j, similarity));
                }
            }
        }

        return pairs;
    }

    /// <summary>Each sentence in at most one pair, the most similar pairs first (ties by position).</summary>
    private static List<SentencePair> OneToOne(List<SentencePair> pairs)
    {
        var usedA = new HashSet<int>();
        var usedB = new HashSet<int>();
        var kept = new List<SentencePair>();
        foreach (var pair in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            if (usedA.Add(pair.A))
            {
                if (usedB.Add(pair.B))
                {
                    kept.Add(pair);
                }
                else
                {
                    usedA.Remove(pair.A);
                }
            }
        }

        kept.Sort((x, y) => x.A.CompareTo(y.A));
        return kept;
    }

    /// <summary>The heaviest subsequence of pairs (sorted by A) whose B positions also increase.</summary>
    private static List<SentencePair> InOrder(List<SentencePair> pairs)
    {
        if (pairs.Count < 2)
        {
            return pairs;
        }

        var best = new double[pairs.Count];
        var previous = new int[pairs.Count];
        var end = 0;
        for (var k = 0; k < pairs.Count; k++)
        {
            best[k] = pairs[k].Similarity;
            previous[k] = -1;
            for (var m = 0; m < k; m++)
            {
                if (pairs[m].B < pairs[k].B && best[m] + pairs[k].Similarity > best[k])
                {
                    best[k] = best[m] + pairs[k].Similarity;
                    previous[k] = m;
                }
            }

            end = best[k] > best[end] ? k : end;
        }

        var chain = new List<SentencePair>();
        for (var k = end; k >= 0; k = previous[k])
        {
            chain.Add(pairs[k]);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>Pairs that follow each other in both articles join into one passage.</summary>
    private static List<ReusePassage> Passages(List<SentencePair> pairs, ContentTerms a, ContentTerms b)
    {
        var passages = new List<ReusePassage>();
        var first = 0;
        for (var k = 1; k <= pairs.Count; k++)
        {
            if (k < pairs.Count && pairs[k].A == pairs[k - 1].A + 1 && pairs[k].B == pairs[k - 1].B + 1)
            {
                continue;
            }

            if (k > first)
            {
                var run = pairs.GetRange(first, k - first);
                passages.Add(new ReusePassage(
                    Span(a.Sentences, run[0].A, run[^1].A),
                    Span(b.Sentences, run[0].B, run[^1].B),
                    Math.Round(run.Average(p => p.Similarity), 3)));
            }

            first = k;
        }

        return passages;
    }

    private static TextExtent Span(IReadOnlyList<TextExtent> sentences, int from, int to) =>
        new(sentences[from].Start, sentences[to].Start + sentences[to].Length - sentences[from].Start);

    private static double Covered(SentenceKeys keys, IEnumerable<int> sentences)
    {
        var total = keys.Totals.Sum();
        return total == 0 ? 0 : sentences.Sum(s => keys.Totals[s]) / total;
    }
}
