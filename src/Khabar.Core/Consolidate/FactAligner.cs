namespace Khabar.Core.Consolidate;

/// <summary>
/// Groups the sentences of a story's articles into facts: sentences of different articles that say the same
/// thing, reprinted or in other words. Two sentences are candidates when they share at least
/// <see cref="MinSharedTerms"/> content keys (stems, or name keys for rare words, so that شويغو meets شويجو) and
/// their weighted Dice similarity reaches <see cref="PairThreshold"/>. Pairs are then joined best first, as long as
/// a fact holds at most one sentence of each article and the joined groups stay alike on average
/// (<see cref="GroupThreshold"/>), so that a chain of loosely related sentences does not become one fact.
/// </summary>
internal static class FactAligner
{
    /// <summary>
    /// Sentence pairs this alike may be one fact. Of SaudiNewsNet's pairs of two outlets just below it (0.25–0.28), 44 %
    /// read as one statement (17 of 39; the articles' first sentences 0.20–0.28: 38 %), against 77 % of its corroborated
    /// facts: lowering it would join more wrong than right (<c>bench fact-band</c>, docs/consolidation.md).
    /// </summary>
    public const double PairThreshold = 0.28;

    /// <summary>Mean similarity over all cross pairs that two groups need to be joined.</summary>
    public const double GroupThreshold = 0.25;

    private const int MinSharedTerms = 3;

    /// <summary>Pairs less alike than this are not kept at all.</summary>
    private const double MinSimilarity = 0.1;

    /// <summary>The facts as lists of sentence indexes, each in story order, in order of their first sentence.</summary>
    public static List<int[]> Align(StoryText story, out SentencePairs similarities)
    {
        var pairs = CandidatePairs(story);
        similarities = new SentencePairs(story.Sentences.Count, pairs);
        var groupOf = new int[story.Sentences.Count];
        var groups = new List<List<int>>(story.Sentences.Count);
        for (var i = 0; i < groupOf.Length; i++)
        {
            groupOf[i] = i;
            groups.Add([i]);
        }

        foreach (var pair in pairs.Where(p => p.Similarity >= PairThreshold)
            .OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            int ga = groupOf[pair.A], gb = groupOf[pair.B];
            if (ga == gb || !Joinable(story, groups[ga], groups[gb], similarities))
            {
                continue;
            }

            foreach (var s in groups[gb])
            {
                groupOf[s] = ga;
            }

            groups[ga].AddRange(groups[gb]);
            groups[gb] = [];
        }

        return groups.Where(g => g.Count > 0).Select(g => g.Order().ToArray()).OrderBy(g => g[0]).ToList();
    }

    private static bool Joinable(StoryText story, List<int> a, List<int> b, SentencePairs similarities)
    {
        double sum = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (story.Sentences[x].Article == story.Sentences[y].Article)
                {
                    return false;
                }

                sum += similarities[x, y];
            }
        }

        return sum / (a.Count * b.Count) >= GroupThreshold;
    }

    /// <summary>Every pair of sentences of different articles sharing enough keys, with its similarity (A before B).</summary>
    private static List<(int A, int B, double Similarity)> CandidatePairs(StoryText story)
    {
        if (story.Articles.Count < 2)
        {
            return []; // pairs are of two articles: four stories in five have one (SaudiNewsNet)
        }

        var postings = new Dictionary<ulong, List<int>>();
        foreach (var sentence in story.Sentences)
        {
            foreach (var key in story.KeysOf(sentence))
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(sentence.Index);
            }
        }

        var pairs = new List<(int, int, double)>();
        var shared = new int[story.Sentences.Count];
        var stamp = new int[story.Sentences.Count];
        var touched = new List<int>();
        foreach (var sentence in story.Sentences)
        {
            touched.Clear();
            foreach (var key in story.KeysOf(sentence))
            {
                foreach (var other in postings[key])
                {
                    if (other <= sentence.Index || story.Sentences[other].Article == sentence.Article)
                    {
                        continue;
                    }

                    if (stamp[other] != sentence.Index + 1)
                    {
                        stamp[other] = sentence.Index + 1;
                        shared[other] = 0;
                        touched.Add(other);
                    }

                    shared[other]++;
                }
            }

            foreach (var other in touched)
            {
                if (shared[other] >= MinSharedTerms && story.Similarity(sentence, story.Sentences[other]) is var similarity
                    && similarity >= MinSimilarity)
                {
                    pairs.Add((sentence.Index, other, similarity));
                }
            }
        }

        return pairs;
    }
}
