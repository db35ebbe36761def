using Khabar.Core.Analyze;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Store;

namespace Khabar.Bench;

/// <summary>A stored story's articles with their stored analyses, as consolidation reads them.</summary>
internal static class StoredStoryArticles
{
    /// <summary>The articles of <paramref name="story"/> that the store holds with an analysis of the current version.</summary>
    public static List<StoryArticle> Of(IArticleStore store, Story story) =>
        [.. story.Articles.Select(store.Find).OfType<Article>()
            .Select(a => store.GetDerived(a.Id, DerivedCodec.AnalysisKind, ArticleAnalyzer.Version) is { } payload ? new StoryArticle(a, DerivedCodec.ReadAnalysis(payload)) : null)
            .OfType<StoryArticle>()];
}
