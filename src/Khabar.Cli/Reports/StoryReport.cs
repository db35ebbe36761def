using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Entities;
using Khabar.Storage;
using Khabar.Storage.Ingesting;

namespace Khabar.Cli.Reports;

/// <summary>
/// One story as reported: the story, its articles with their analyses, its duplicate links, its reuse pairs,
/// and its entities resolved across the articles.
/// </summary>
internal sealed record StoryReport(
    Story Story,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<StoryLink> Duplicates,
    IReadOnlyList<ReusePair> Reuse,
    IReadOnlyDictionary<string, ArticleAnalysis> Analyses,
    IReadOnlyList<Entity> Entities)
{
    public static StoryReport Of(IStore store, Story story)
    {
        var articles = story.Articles.Select(id => store.Find(id)).OfType<Article>().ToList();
        var duplicates = store.LinksOf(story.Id).Where(l => l.Kind != LinkKind.Related).ToList();
        var analyses = new Dictionary<string, ArticleAnalysis>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (store.GetDerived(article.Id, DerivedCodec.AnalysisKind, ArticleAnalyzer.Version) is { } payload)
            {
                analyses[article.Id] = DerivedCodec.ReadAnalysis(payload);
            }
        }

        var entities = EntityResolver.Default.Resolve(
            articles.Where(a => analyses.ContainsKey(a.Id)).Select(a => (a.Id, analyses[a.Id].Mentions)));
        return new StoryReport(story, articles, duplicates, store.ReuseOf(story.Id), analyses, entities);
    }

    /// <summary>Every story of the store, the largest first.</summary>
    public static IEnumerable<StoryReport> All(IStore store) => store.Stories().Select(s => Of(store, s));

    public Article? Find(string id) => Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
}
