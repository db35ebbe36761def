using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Consolidate.Stance;
using Khabar.Core.Entities;

namespace Khabar.Core.Consolidate;

/// <summary>
/// The Consolidate stage for one story: aligns its sentences into facts, tells which outlets are independent for
/// each, infers missing publication days, finds conflicting values, builds the timeline and the summary. A pure
/// function of the story's articles (in the order given), their analyses and the copy they share; its word
/// tables and name resolver are given by the pipeline.
/// </summary>
public sealed class StoryConsolidator(TermWeights weights, Paraphrases paraphrases, EntityResolver entities, StanceModel? stance = null, double claimThreshold = StoryConsolidator.ClaimThreshold, ClaimGate? claimGate = null)
{
    /// <summary>
    /// Contradiction probability (<see cref="StanceModel"/>) from which two statements of different sources are a
    /// conflict about what happened (a claim conflict, <see cref="ConflictKinds.IsClaim"/>). See docs/consolidation.md for the curve.
    /// </summary>
    public const double ClaimThreshold = 0.5;

    private readonly StanceModel _stance = stance ?? StanceModel.Default;

    private readonly ClaimGate _claimGate = claimGate ?? ClaimGate.Default;

    /// <summary>
    /// Bumped whenever a consolidation's content changes; stored consolidations of another version (or made from
    /// analyses of another <see cref="ArticleAnalyzer.Version"/>) are recomputed: see <see cref="Stamp"/>.
    /// </summary>
    public const int Version = 98;

    /// <summary>The version a stored consolidation carries: this code's and the analyzer's it read.</summary>
    public const int Stamp = (Version * 1000) + ArticleAnalyzer.Version;

    /// <summary>Consolidates one story's articles.</summary>
    /// <param name="eventOf">
    /// Each article's event (<see cref="StoryEvent.Partition"/>), when known: dates and figures are compared only within
    /// one event. Without it (a single article, a bench) every pair of articles may conflict.
    /// </param>
    public ConsolidatedStory Consolidate(
        IReadOnlyList<StoryArticle> articles,
        IReadOnlyList<ReusePair> reuse,
        IReadOnlyList<StoryLink> duplicates,
        IReadOnlyDictionary<string, int>? eventOf = null)
    {
        var story = StoryText.Of(articles, weights, paraphrases);
        var clusters = FactAligner.Align(story, out var similarities);
        var factOf = new int[story.Sentences.Count];
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var s in clusters[c])
            {
                factOf[s] = c;
            }
        }

        var values = DatedValue.Of(story);
        var days = PublicationInference.Infer(story, similarities, values);
        var sources = new IndependentSources(story, reuse, duplicates);
        var outlets = clusters.Select(sources.Of).ToList();

        // Ids by corroboration, then story order: f1 is the most widely stated fact.
        var order = Enumerable.Range(0, clusters.Count).OrderByDescending(c => outlets[c].Count).ThenBy(c => clusters[c][0]).ToArray();
        var idOf = new string[clusters.Count];
        for (var i = 0; i < order.Length; i++)
        {
            idOf[order[i]] = "f" + (i + 1);
        }

        var valueDays = new ValueDays(story, values, factOf, days, sources);
        // Values conflict only within one event: two happenings of a story have their own days and figures. (Every
        // article consolidated is one of the story's, so each has an event; the −1 − i of none would compare with none.)
        int[]? eventOfArticle = eventOf is null ? null : [.. articles.Select((a, i) => eventOf.TryGetValue(a.Id, out var e) ? e : -1 - i)];
        var found = ConflictFinder.Find(story, similarities, values, valueDays, days, sources, eventOfArticle);
        var resolved = entities.Resolve(articles.Select(a => (a.Id, a.Analysis.Mentions)));
        var valued = found.SelectMany(c => c.Sentences).ToHashSet();
        found.AddRange(ClaimConflicts.Find(story, clusters, similarities, sources, _stance, claimThreshold, _claimGate)
            .Where(c => !c.Sentences.Any(valued.Contains)));
        // A statement told of another person, place or body, where no value or claim conflict has its sentences.
        valued = found.SelectMany(c => c.Sentences).ToHashSet();
        found.AddRange(EntityConflicts.Find(story, resolved, clusters, similarities, sources, _claimGate, eventOfArticle)
            .Where(c => !c.Sentences.Any(valued.Contains)));
        var disputed = found.SelectMany(c => c.Sentences).Select(s => factOf[s]).ToHashSet();
        var leads = clusters.Select(c => story.Sentences[Central(c, similarities)]).ToArray();
        var conflicts = new List<Conflict>();
        foreach (var (conflict, _) in found)
        {
            // The conflict belongs to the fact of its best-supported side's first quote, worded as that side says it.
            var quote = conflict.Sides[0].Quotes[0];
            var sentence = story.Sentences.First(s => articles[s.Article].Id == quote.Article && s.Extent.Start == quote.Start);
            leads[factOf[sentence.Index]] = sentence;
            conflicts.Add(conflict with { Fact = idOf[factOf[sentence.Index]], Text = story.TextOf(sentence) });
        }

        var facts = new Fact[clusters.Count];
        foreach (var c in order)
        {
            var status = disputed.Contains(c) ? FactStatus.Conflict
                : outlets[c].Count >= 2 && Confirming(story, clusters[c], outlets[c]) ? FactStatus.Corroborated
                : FactStatus.Single;
            facts[c] = new Fact(idOf[c], story.TextOf(leads[c]), status,
                clusters[c].Select(s => story.QuoteOf(story.Sentences[s])).ToList(), outlets[c]);
        }

        var timeline = TimelineBuilder.Build(story, similarities, values, factOf, facts, sources, valueDays, days);
        var candidates = Summarizer.Rank(story, order.Select(c => (facts[c], leads[c])).ToList(), timeline);
        return new ConsolidatedStory(
            [.. resolved.Select(e => e with { Key = EntityKeys.Of(e.Type, e.Name) })],
            order.Select(c => facts[c]).ToList(),
            conflicts,
            days,
            timeline,
            Summarizer.Pick(candidates, SummaryLength.Of(story)),
            candidates,
            duplicates,
            reuse);
    }

    /// <summary>
    /// Whether two of a fact's independent sources confirm each other: some sentence of one and some sentence of the
    /// other give no figures of one kind that disagree (<see cref="ConflictFinder.FiguresDisagree"/>). Two outlets'
    /// prices of other hours are aligned as one statement, but neither confirms the other.
    /// </summary>
    private static bool Confirming(StoryText story, int[] fact, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var id in groups[g])
            {
                groupOf[id] = g;
            }
        }

        for (var i = 0; i < fact.Length; i++)
        {
            var a = story.Sentences[fact[i]];
            for (var j = i + 1; j < fact.Length; j++)
            {
                var b = story.Sentences[fact[j]];
                if (groupOf[story.Articles[a.Article].Id] != groupOf[story.Articles[b.Article].Id] && !ConflictFinder.FiguresDisagree(story, a, b))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The sentence of a fact most like the others (the first on ties).</summary>
    private static int Central(int[] cluster, SentencePairs similarities)
    {
        if (cluster.Length <= 2)
        {
            return cluster[0];
        }

        return cluster.OrderByDescending(s => cluster.Sum(o => similarities[s, o]))
            .ThenBy(s => s).First();
    }
}
