using Khabar.Core.Analyze;
using Khabar.Core.Ports;

namespace Khabar.Core.Reuse;

/// <summary>
/// Finds, for new articles in assignment order, the articles each may have taken a passage from or given one to, in
/// any story or none and at any distance in time: the assigned articles (looked up in the store) and the new ones
/// before it that share at least <see cref="PassageSearch.MinSharedPrints"/> fingerprints of one of its sentences.
/// A print's holders are counted as the assigned ones and the new ones before together, on both sides, so that
/// boilerplate (over <see cref="PassageSearch.MaxPostings"/> holders) is boilerplate however the articles are batched.
/// </summary>
public sealed class PassageCandidates(IPassageIndex index)
{
    /// <summary>
    /// Each article's distinct fingerprints (what is stored for it) and the candidate pairs, each ordered by id,
    /// leaving out <paramref name="linked"/> pairs; sorted.
    /// </summary>
    public (IReadOnlyDictionary<string, ulong[]> Prints, IReadOnlyList<(string A, string B)> Pairs) Find(
        IReadOnlyList<(string Id, ContentTerms Terms)> articles, IReadOnlySet<(string, string)> linked, CancellationToken cancellationToken = default)
    {
        var sentences = new ulong[articles.Count][][];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            sentences[i] = [.. PassageFingerprints.Of(articles[i].Terms).GroupBy(p => p.Sentence).Select(g => g.Select(p => p.Hash).Distinct().ToArray())]);
        var printsOf = articles.Select((a, i) => (a.Id, i))
            .ToDictionary(x => x.Id, x => sentences[x.i].SelectMany(p => p).Distinct().Order().ToArray(), StringComparer.Ordinal);

        var pairs = new HashSet<(string, string)>();
        void Add(string id, string other)
        {
            var pair = string.CompareOrdinal(id, other) < 0 ? (id, other) : (other, id);
            if (!string.Equals(id, other, StringComparison.Ordinal) && !linked.Contains(pair))
            {
                pairs.Add(pair);
            }
        }

        // Each sentence's prints with how many new articles before it hold each.
        var bySentence = new List<PrintedSentence>();
        var heldSoFar = new Dictionary<ulong, int>();
        for (var i = 0; i < articles.Count; i++)
        {
            bySentence.AddRange(sentences[i].Select(p => new PrintedSentence(articles[i].Id, p, [.. p.Select(x => heldSoFar.GetValueOrDefault(x))])));
            foreach (var print in printsOf[articles[i].Id])
            {
                heldSoFar[print] = heldSoFar.GetValueOrDefault(print) + 1;
            }
        }

        var neighbours = index.SharingPassages(bySentence, PassageSearch.MaxPostings, PassageSearch.MinSharedPrints);
        foreach (var (id, other, _) in neighbours.Pairs)
        {
            Add(id, other);
        }

        // The new articles before each one, likewise.
        var earlier = new Dictionary<ulong, List<int>>();
        var best = new Dictionary<int, int>();
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < articles.Count; i++)
        {
            best.Clear();
            foreach (var sentence in sentences[i])
            {
                shared.Clear();
                foreach (var print in sentence)
                {
                    if (earlier.TryGetValue(print, out var holders) && holders.Count + neighbours.Held.GetValueOrDefault(print) <= PassageSearch.MaxPostings)
                    {
                        foreach (var j in holders)
                        {
                            shared[j] = shared.GetValueOrDefault(j) + 1;
                        }
                    }
                }

                foreach (var (j, count) in shared)
                {
                    best[j] = Math.Max(best.GetValueOrDefault(j), count);
                }
            }

            foreach (var (j, _) in best.Where(s => s.Value >= PassageSearch.MinSharedPrints))
            {
                Add(articles[i].Id, articles[j].Id);
            }

            foreach (var print in printsOf[articles[i].Id])
            {
                if (!earlier.TryGetValue(print, out var holders))
                {
                    earlier[print] = holders = [];
                }

                holders.Add(i);
            }
        }

        return (printsOf, [.. pairs.OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal)]);
    }
}
