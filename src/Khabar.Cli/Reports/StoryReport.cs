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
    public static StoryReport Of(IStore store, Story story, int summaryWords = ReportOptions.DefaultSummaryWords)
    {
        var articles = story.Articles.Select(id => store.Find(id)).OfType<Article>().ToList();
        var duplicates = store.LinksOf(story.Id).Where(l => l.Kind != LinkKind.Related).ToList();
        var analyses = new Dictionary<string, ArticleAnalysis>(StringComparer.Ordinal);
        var removals = new Dictionary<string, IReadOnlyList<StoredRemoval>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            removals[article.Id] = store.GetDerived(article.Id, DerivedCodec.CleaningKind, DerivedCodec.CleaningVersion) is { } cleaning
                ? DerivedCodec.ReadRemovals(cleaning)
                : [];
            if (store.GetDerived(article.Id, DerivedCodec.AnalysisKind, ArticleAnalyzer.Version) is { } payload)
            {
                analyses[article.Id] = DerivedCodec.ReadAnalysis(payload);
            }
        }

        var entities = EntityResolver.Default.Resolve(
            articles.Where(a => analyses.ContainsKey(a.Id)).Select(a => (a.Id, analyses[a.Id].Mentions)));
        var reuse = store.ReuseOf(story.Id);
        var consolidated = StoryConsolidator.Consolidate(
            articles.Where(a => analyses.ContainsKey(a.Id)).Select(a => new StoryArticle(a, analyses[a.Id])).ToList(), reuse, duplicates, summaryWords);
        return new StoryReport(story, articles, duplicates, reuse, analyses, entities, consolidated, removals);
    }

    /// <summary>Every story of the store, the largest first.</summary>
    public static IEnumerable<StoryReport> All(IStore store, int summaryWords = ReportOptions.DefaultSummaryWords) =>
        store.Stories().Select(s => Of(store, s, summaryWords));

    public Article? Find(string id) => Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
}
