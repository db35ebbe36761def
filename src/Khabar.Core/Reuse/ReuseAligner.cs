using Khabar.Core.Analyze;
using Khabar.Text;

namespace Khabar.Core.Reuse;

/// <summary>
/// Aligns the sentences of two articles to find the passages one took from the other, whether reprinted with
/// light edits, rearranged, or translated again from the same foreign report. Two sentences match when they
/// share enough of their weighted terms, a term matching another by light stem or by name key (so شويغو meets
/// شويجو); word order inside a sentence does not count, so shuffled words and reordered phrases still match.
/// The matches are made one to one, best first; matches that lie within <see cref="Reach"/> sentences of each
/// other in both articles, in any order, form one passage, so that a copied region is one passage even where a
/// sentence of it was rewritten beyond recognition or a short line was put in. A passage of one sentence must be
/// close to word for word (<see cref="StrongSentence"/>); articles that only share a topic match a sentence or
/// two at most, and weakly. Each passage's ends are cut to the first and last word the other side shares.
/// </summary>
public static class ReuseAligner
{
    /// <summary>Weighted Dice similarity at which two sentences say the same thing in other words.</summary>
    public const double SentenceThreshold = 0.4;

    /// <summary>Share of an article in aligned passages from which it counts as sharing copy.</summary>
    public const double CopyThreshold = 0.2;

    /// <summary>
    /// Similarity at which a single sentence is the same copy: a passage needs one this close. On the synthetic
    /// passage set (bench reuse-eval, dev) plagdet is flat from 0.5 to 0.8 (0.943, 0.949, 0.952, 0.951); the
    /// upper end is taken, since one outlet restating another's fact scores 0.6 to 0.7.
    /// </summary>
    public const double StrongSentence = 0.7;

    /// <summary>Matches this many sentences apart (or closer) in both articles belong to one passage.</summary>
    public const int Reach = 2;

    /// <summary>
    /// Distinctive words a passage of one sentence needs: a dateline («25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس»)
    /// or a sign-off is the same in thousands of articles without being anyone's copy.
    /// </summary>
    public const int MinSingleWords = 6;

    /// <summary>
    /// Share of its words (unweighted Dice) a near word-for-word sentence has in common with the other: weights alone
    /// let two sentences that only name the same people meet (rare names outweigh everything else). On the
    /// synthetic set (dev) plagdet is 0.962 with no such bound, 0.962 at 0.6, 0.960 at 0.7, 0.952 at 0.8.
    /// </summary>
    public const double StrongOverlap = 0.7;

    /// <summary>Aligned sentences needed to count as sharing copy (or all of a shorter article's).</summary>
    private const int MinCopySentences = 3;

    /// <summary>Terms two sentences must share before their similarity is computed.</summary>
    private const int MinSharedTerms = 3;

    /// <summary>
    /// Average similarity of a passage's sentences at which it is word for word (each sentence pair has the other's
    /// keys exactly but for rounding).
    /// </summary>
    public const double WordForWord = 0.99;

    /// <summary>
    /// Aligns <paramref name="a"/> with <paramref name="b"/>; passages' <see cref="ReusePassage.A"/> extents are into
    /// <paramref name="a"/>. With <paramref name="wordForWordOnly"/> (articles too far apart in time for a rewritten
    /// passage to count) only word-for-word passages are kept, and the score is theirs.
    /// </summary>
    public static ReuseMatch Align(ContentTerms a, ContentTerms b, bool wordForWordOnly = false)
    {
        var (keysA, keysB) = (a.SentenceKeys, b.SentenceKeys);
        var pairs = OneToOne(MatchSentences(a, b));
        // The verdict on the whole pair, as a reader of two reprints would give it: enough sentences, in the same
        // order in both, covering enough of an article (a re-translation matches sentence by sentence, each loosely).
        // A lone matching sentence is copy when it is the whole of a one-sentence article and nearly word for word.
        var chain = InOrder(pairs);
        var needed = Math.Min(MinCopySentences, Math.Min(keysA.Count, keysB.Count));
        var enough = needed > 1 ? chain.Count >= needed : chain.Count == 1 && chain[0].Similarity >= StrongSentence;
        var sharesCopy = enough && Math.Max(Covered(keysA, chain.Select(p => p.A)), Covered(keysB, chain.Select(p => p.B))) >= CopyThreshold;

        // Passages, in any order: in a copy, every group of matches and every match of the chain; otherwise only
        // groups with a sentence close to word for word.
        var groups = Groups(pairs).Where(g => IsStrong(g, a, b) || (sharesCopy && (g.Count > 1 || chain.Contains(g[0])))).ToList();
        if (wordForWordOnly)
        {
            groups = [.. groups.Where(g => IsStrong(g, a, b) && g.Average(p => p.Similarity) >= WordForWord)];
        }

        var kept = groups.SelectMany(g => g).ToList();
        var score = Math.Max(Covered(keysA, kept.Select(p => p.A)), Covered(keysB, kept.Select(p => p.B)));
        var passages = groups.Select(g => Passage(g, a, b)).ToList();
        passages.Sort((x, y) => x.A.Start != y.A.Start ? x.A.Start.CompareTo(y.A.Start) : x.B.Start.CompareTo(y.B.Start));
        return new ReuseMatch(Math.Round(score, 3), sharesCopy, passages);
    }

    private static List<SentencePair> MatchSentences(ContentTerms ta, ContentTerms tb)
    {
        var (a, b) = (ta.SentenceKeys, tb.SentenceKeys);
        var pairs = new List<SentencePair>();
        var shared = new int[b.Count];
        var stamp = new int[b.Count];
        var touched = new List<int>();
        for (var i = 0; i < a.Count; i++)
        {
            // Only the sentences of B sharing a key with sentence i are visited, not all of B.
            touched.Clear();
            foreach (var key in a.KeysOf(i))
            {
                foreach (var (_, j) in b.SentencesOf(key))
                {
                    if (stamp[j] != i + 1)
                    {
                        stamp[j] = i + 1;
                        shared[j] = 0;
                        touched.Add(j);
                    }

                    shared[j]++;
                }
            }

            foreach (var j in touched)
            {
                if (shared[j] >= MinSharedTerms && a.Similarity(i, b, j) is var similarity && similarity >= SentenceThreshold
                    && !SlotsDiffer(ta, i, tb, j))
                {
                    pairs.Add(new SentencePair(i, j, similarity));
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Whether two sentences are two instances of one template rather than one copy: each has a number the other
    /// does not (one side adding a figure to the other's is still a copy; names are left out, since a re-translation
    /// may spell one beyond its name key). A daily weather bulletin or a market close repeats its wording every day
    /// with other figures; a copy, even translated again, keeps them.
    /// </summary>
    private static bool SlotsDiffer(ContentTerms a, int i, ContentTerms b, int j)
    {
        if (!HasNumber(a, i) || !HasNumber(b, j))
        {
            return false;
        }

        var (slotsA, slotsB) = (Slots(a, i), Slots(b, j));
        return !slotsA.IsSubsetOf(slotsB) && !slotsB.IsSubsetOf(slotsA);
    }

    private static bool HasNumber(ContentTerms terms, int sentence)
    {
        foreach (var term in terms.TermsOf(sentence))
        {
            if (term.IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The numbers of a sentence by their digits alone: «30%» and «30 بالمئة» name one figure.</summary>
    private static HashSet<long> Slots(ContentTerms terms, int sentence)
    {
        var slots = new HashSet<long>();
        foreach (var term in terms.TermsOf(sentence))
        {
            if (term.IsNumber && Digits(terms.Text.AsSpan(term.Start, term.Length)) is var digits and >= 0)
            {
                slots.Add(digits);
            }
        }

        return slots;
    }

    /// <summary>The digits of a number token read as one integer (Arabic-Indic digits too), or -1 when it has none.</summary>
    private static long Digits(ReadOnlySpan<char> token)
    {
        long value = -1;
        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                // Kept under 10^17 before each step, so a run of digits of any length never overflows.
                value = (Math.Max(value, 0) % 100_000_000_000_000_000L * 10) + (long)char.GetNumericValue(c);
            }
        }

        return value;
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

    /// <summary>The matches that lie within <see cref="Reach"/> sentences of each other in both articles, joined transitively, each group by its sentences of B.</summary>
    private static List<List<SentencePair>> Groups(List<SentencePair> pairs)
    {
        var parent = new int[pairs.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            // Sorted by A, each A once: only the next few can be within reach.
            for (var j = i + 1; j < pairs.Count && pairs[j].A - pairs[i].A <= Reach; j++)
            {
                if (Math.Abs(pairs[i].B - pairs[j].B) <= Reach)
                {
                    parent[Root(parent, i)] = Root(parent, j);
                }
            }
        }

        return [.. Enumerable.Range(0, pairs.Count).GroupBy(i => Root(parent, i))
            .Select(g => g.Select(i => pairs[i]).OrderBy(p => p.B).ToList())
            .OrderBy(g => g[0].B)];
    }

    /// <summary>
    /// Whether a group has a sentence matched close to word for word with enough distinctive words on each side to
    /// be a passage rather than a dateline or a sign-off.
    /// </summary>
    private static bool IsStrong(List<SentencePair> group, ContentTerms a, ContentTerms b) =>
        group.Any(p => p.Similarity >= StrongSentence && a.SentenceKeys.Overlap(p.A, b.SentenceKeys, p.B) >= StrongOverlap
            && Distinctive(a, [p.A]) >= MinSingleWords && Distinctive(b, [p.B]) >= MinSingleWords);

    /// <summary>The distinct words (not numbers, not one or two letters such as هـ) of some sentences rare enough to be fingerprinted.</summary>
    private static int Distinctive(ContentTerms terms, IEnumerable<int> sentences)
    {
        var words = new HashSet<ulong>();
        foreach (var sentence in sentences)
        {
            foreach (var term in terms.TermsOf(sentence))
            {
                if (!term.IsNumber && term.Length > 2 && terms.Weights.Of(term.Stem) >= PassageFingerprints.MinKeyWeight)
                {
                    words.Add(term.Key);
                }
            }
        }

        return words.Count;
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            i = parent[i] = parent[parent[i]];
        }

        return i;
    }

    /// <summary>The sentences a group spans in each article, each end cut to the first and last term the other side's span shares.</summary>
    private static ReusePassage Passage(List<SentencePair> group, ContentTerms a, ContentTerms b)
    {
        var (fromA, toA) = (group.Min(p => p.A), group.Max(p => p.A));
        var (fromB, toB) = (group.Min(p => p.B), group.Max(p => p.B));
        HashSet<ulong> PartnersInB(int sentence) => KeysIn(b, group.Where(p => p.A == sentence).Select(p => p.B));
        HashSet<ulong> PartnersInA(int sentence) => KeysIn(a, group.Where(p => p.B == sentence).Select(p => p.A));
        return new ReusePassage(
            Trimmed(a, fromA, toA, PartnersInB(fromA), PartnersInB(toA)),
            Trimmed(b, fromB, toB, PartnersInA(fromB), PartnersInA(toB)),
            Math.Round(group.Average(p => p.Similarity), 3));
    }

    private static HashSet<ulong> KeysIn(ContentTerms terms, IEnumerable<int> sentences)
    {
        var keys = new HashSet<ulong>();
        foreach (var s in sentences)
        {
            foreach (var key in terms.SentenceKeys.KeysOf(s))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>
    /// Sentences <paramref name="from"/> to <paramref name="to"/>, starting where the first one's shared words begin
    /// (the first term <paramref name="opening"/> holds that another shared term follows within two: a lone common
    /// word is no anchor), the sentence's own start when that is its first term; and ending likewise with
    /// <paramref name="closing"/>. Each end sentence is compared with the sentences it was matched with only.
    /// </summary>
    private static TextExtent Trimmed(ContentTerms terms, int from, int to, HashSet<ulong> opening, HashSet<ulong> closing)
    {
        var (first, last) = (terms.Sentences[from], terms.Sentences[to]);
        var start = first.Start;
        var head = terms.TermsOf(from);
        for (var t = 0; t < head.Length; t++)
        {
            if (opening.Contains(head[t].Key) && (head.Length == 1 || (t + 1 < head.Length && opening.Contains(head[t + 1].Key)) || (t + 2 < head.Length && opening.Contains(head[t + 2].Key))))
            {
                start = t == 0 ? first.Start : head[t].Start;
                break;
            }
        }

        var end = last.End;
        var tail = terms.TermsOf(to);
        for (var t = tail.Length - 1; t >= 0; t--)
        {
            if (closing.Contains(tail[t].Key) && (tail.Length == 1 || (t >= 1 && closing.Contains(tail[t - 1].Key)) || (t >= 2 && closing.Contains(tail[t - 2].Key))))
            {
                end = t == tail.Length - 1 ? last.End : tail[t].Start + tail[t].Length;
                break;
            }
        }

        return end > start ? new TextExtent(start, end - start) : new TextExtent(first.Start, last.End - first.Start);
    }

    private static double Covered(SentenceKeys keys, IEnumerable<int> sentences)
    {
        var total = keys.Totals.Sum();
        return total == 0 ? 0 : sentences.Sum(s => keys.Totals[s]) / total;
    }
}
