using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Entities;
using Khabar.Storage;
using Khabar.Storage.Ingesting;

namespace Khabar.Cli.Reports;

/// <summary>
/// One story as reported: the story, its articles with their analyses, its duplicate links, its reuse pairs,
/// its entities resolved across the articles, and its consolidation (facts, conflicts, inferred dates, timeline,
/// summary).
/// </summary>
internal sealed record StoryReport(
    Story Story,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<StoryLink> Duplicates,
    IReadOnlyList<ReusePair> Reuse,
    IReadOnlyDictionary<string, ArticleAnalysis> Analyses,
    IReadOnlyList<Entity> Entities,
    ConsolidatedStory Consolidated,
    IReadOnlyDictionary<string, IReadOnlyList<StoredRemoval>> Removals)
{
    /// <summary>Stories computed together: read one after another, then consolidated on all cores.</summary>
    private const int Batch = 64;

    public static StoryReport Of(IStore store, Story story, int summaryWords = ReportOptions.DefaultSummaryWords) =>
        Stored.Read(store, story).Report(summaryWords);

    /// <summary>
    /// Every story of the store, the largest first. The store is read on the calling thread, a batch at a time;
    /// each batch is consolidated on all cores while the next is read and the previous one is written out.
    /// </summary>
    public static IEnumerable<StoryReport> All(IStore store, int summaryWords = ReportOptions.DefaultSummaryWords)
    {
        var stories = store.Stories();
        Task<StoryReport[]>? computing = null;
        for (var first = 0; first < stories.Count; first += Batch)
        {
            var batch = stories.Skip(first).Take(Batch).Select(s => Stored.Read(store, s)).ToArray();
            var previous = computing;
            computing = Task.Run(() => Compute(batch, summaryWords));
            if (previous is not null)
            {
                foreach (var report in previous.GetAwaiter().GetResult())
                {
                    yield return report;
                }
            }
        }

        if (computing is not null)
        {
            foreach (var report in computing.GetAwaiter().GetResult())
            {
                yield return report;
            }
        }
    }

    private static StoryReport[] Compute(Stored[] batch, int summaryWords)
    {
        var reports = new StoryReport[batch.Length];
        try
        {
            Parallel.For(0, batch.Length, i => reports[i] = batch[i].Report(summaryWords));
        }
        catch (AggregateException failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure.InnerExceptions[0]).Throw();
        }

        return reports;
    }

    /// <summary>What the store holds for one story, read but not yet decoded or consolidated.</summary>
    private sealed record Stored(
        Story Story,
        List<Article> Articles,
        List<StoryLink> Duplicates,
        IReadOnlyList<ReusePair> Reuse,
        Dictionary<string, byte[]> Analyses,
        Dictionary<string, byte[]> Removals)
    {
        public static Stored Read(IStore store, Story story)
        {
            var articles = story.Articles.Select(id => store.Find(id)).OfType<Article>().ToList();
            var analyses = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var removals = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                if (store.GetDerived(article.Id, DerivedCodec.CleaningKind, DerivedCodec.CleaningVersion) is { } cleaning)
                {
                    removals[article.Id] = cleaning;
                }

                if (store.GetDerived(article.Id, DerivedCodec.AnalysisKind, ArticleAnalyzer.Version) is { } analysis)
                {
                    analyses[article.Id] = analysis;
                }
            }

            return new Stored(story, articles, store.LinksOf(story.Id).Where(l => l.Kind != LinkKind.Related).ToList(), store.ReuseOf(story.Id), analyses, removals);
        }

        public StoryReport Report(int summaryWords)
        {
            var analyses = Analyses.ToDictionary(a => a.Key, a => DerivedCodec.ReadAnalysis(a.Value), StringComparer.Ordinal);
            var removals = Removals.ToDictionary(r => r.Key, r => DerivedCodec.ReadRemovals(r.Value), StringComparer.Ordinal);
            var analysed = Articles.Where(a => analyses.ContainsKey(a.Id)).ToList();
            var entities = EntityResolver.Default.Resolve(analysed.Select(a => (a.Id, analyses[a.Id].Mentions)));
            var consolidated = StoryConsolidator.Consolidate(
                analysed.Select(a => new StoryArticle(a, analyses[a.Id])).ToList(), Reuse, Duplicates, summaryWords);
            return new StoryReport(Story, Articles, Duplicates, Reuse, analyses, entities, consolidated, removals);
        }
    }

    public Article? Find(string id) => Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
}
