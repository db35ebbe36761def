using Khabar.Core.Consolidate.Stance;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Finds statements of different independent sources that cannot both be true although their values agree or
/// they give none: «رحّب الوزير بالقرار» against «انتقد الوزير القرار», «نجحت الشرطة» against «فشلت الشرطة»,
/// a statement against its denial. Every pair of sentences of one fact, and every pair at least
/// <see cref="ConflictFinder.MinSimilarity"/> alike, of different outlets and not the same text, whose polarity differs
/// (<see cref="StanceFeatures.PolarityDiffers"/>: a negation, a denial or an opposite sense on one side only) is judged
/// by the stance model (a copy edited to say the opposite, even a near duplicate, «يوجه بإنشاء» made «يوجه بإلغاء»,
/// contradicts its source all the same); a pair whose contradiction probability reaches <see cref="StoryConsolidator.ClaimThreshold"/> conflicts,
/// and so does a pair that differs only in who did what to whom (<see cref="StanceFeatures.OnlyRolesSwapped"/>). Pairs that
/// share a sentence are one conflict, whose two sides are the statements on either side of it.
/// </summary>
internal static class ClaimConflicts
{
    public static List<(Conflict Conflict, int[] Sentences)> Find(
        StoryText story, IReadOnlyList<int[]> facts, SentencePairs pairs, IndependentSources sources, StanceModel model, double threshold, ClaimGate gate)
    {
        var statements = new Statement?[story.Sentences.Count];
        Statement StatementOf(int s) => statements[s] ??= Statement.Of(story.TextOf(story.Sentences[s]), StanceCues.Default);

        var candidates = Candidates(facts, pairs);

        var edges = new List<(int A, int B, ConflictKind Kind)>();
        foreach (var (a, b) in candidates.Order())
        {
            var (sa, sb) = (story.Sentences[a], story.Sentences[b]);
            if (story.KeysOf(sa).Length > 2 * gate.MaxWords || story.KeysOf(sb).Length > 2 * gate.MaxWords)
            {
                // Far longer than the gate lets through (its content words are about its keys): not read at all.
                continue;
            }

            if (sa.Article != sb.Article && !sources.SameOutletOrText(sa, sb)
                && StanceFeatures.Difference(StatementOf(a), StatementOf(b), gate) is var difference and not PolarityDifference.None
                && (difference == PolarityDifference.RolesOnly || model.Contradiction(StatementOf(a), StatementOf(b)) >= threshold))
            {
                edges.Add((a, b, ConflictKinds.Of(difference)));
            }
        }

        return Group(story, edges);
    }

    /// <summary>
    /// The pairs of sentences (lower index first) whose statements may contradict: two of one fact, or two at least
    /// <see cref="ConflictFinder.MinSimilarity"/> alike.
    /// </summary>
    internal static HashSet<(int A, int B)> Candidates(IReadOnlyList<int[]> facts, SentencePairs pairs)
    {
        var candidates = new HashSet<(int, int)>();
        foreach (var fact in facts)
        {
            for (var i = 0; i < fact.Length; i++)
            {
                for (var j = i + 1; j < fact.Length; j++)
                {
                    candidates.Add((Math.Min(fact[i], fact[j]), Math.Max(fact[i], fact[j])));
                }
            }
        }

        foreach (var (a, b, similarity) in pairs.All)
        {
            if (similarity >= ConflictFinder.MinSimilarity)
            {
                candidates.Add((Math.Min(a, b), Math.Max(a, b)));
            }
        }

        return candidates;
    }

    /// <summary>
    /// Joins contradicting pairs that share a sentence into one conflict and puts each sentence on a side: the first
    /// sentence's side, then alternating across each contradiction (a sentence reached both ways stays where first put).
    /// </summary>
    private static List<(Conflict, int[])> Group(StoryText story, List<(int A, int B, ConflictKind Kind)> edges)
    {
        var neighbours = new Dictionary<int, List<int>>();
        foreach (var (a, b, _) in edges)
        {
            (neighbours.TryGetValue(a, out var na) ? na : neighbours[a] = []).Add(b);
            (neighbours.TryGetValue(b, out var nb) ? nb : neighbours[b] = []).Add(a);
        }

        var sideOf = new Dictionary<int, int>();
        var found = new List<(Conflict, int[])>();
        foreach (var start in neighbours.Keys.Order())
        {
            if (sideOf.ContainsKey(start))
            {
                continue;
            }

            var members = new List<int>();
            var queue = new Queue<int>([start]);
            sideOf[start] = 0;
            while (queue.TryDequeue(out var s))
            {
                members.Add(s);
                foreach (var next in neighbours[s])
                {
                    if (sideOf.TryAdd(next, 1 - sideOf[s]))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            var sides = new List<ConflictSide>();
            var placed = new HashSet<int>();
            foreach (var side in members.GroupBy(m => sideOf[m])
                .OrderByDescending(g => g.Select(s => story.Sentences[s].Article).Distinct().Count()).ThenBy(g => g.Min()))
            {
                var quotes = side.Order().Select(s => story.Sentences[s]).Where(s => placed.Add(s.Article)).Select(story.QuoteOf).ToList();
                if (quotes.Count > 0)
                {
                    sides.Add(new ConflictSide(story.TextOf(story.Sentences[side.Min()]), quotes));
                }
            }

            if (sides.Count == 2)
            {
                // The kind most of its contradicting pairs show; on a tie the first in kind order (a negation before a
                // denial, which is a negation in words of its own).
                var inside = members.ToHashSet();
                var kind = edges.Where(e => inside.Contains(e.A)).GroupBy(e => e.Kind)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
                found.Add((new Conflict(kind, "", "", sides), [.. members.Order()]));
            }
        }

        return found;
    }
}
