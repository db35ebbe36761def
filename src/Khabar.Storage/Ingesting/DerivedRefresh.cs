using Khabar.Core.Analyze;
using Khabar.Core.Clean;

namespace Khabar.Storage.Ingesting;

/// <summary>
/// Recomputes derived records whose version is not the current one (after an upgrade of the analyzer or the
/// cleaner), from the stored article: never patched, always redone. Costs one query when nothing is stale.
/// </summary>
public static class DerivedRefresh
{
    private const int BatchSize = 512;

    /// <summary>Brings every article's cleaning and analysis records to the current versions; returns how many were redone.</summary>
    public static int Run(IArticleStore store)
    {
        var redone = 0;
        redone += Refresh(store, DerivedCodec.AnalysisKind, ArticleAnalyzer.Version,
            article => DerivedCodec.Analysis(ArticleAnalyzer.Analyze(article.CleanText)));
        redone += Refresh(store, DerivedCodec.CleaningKind, DerivedCodec.CleaningVersion,
            article => DerivedCodec.Cleaning(ArticleCleaner.Clean(article.RawText)));
        return redone;
    }

    private static int Refresh(IArticleStore store, string kind, int version, Func<Core.Domain.Article, DerivedRecord> derive)
    {
        var stale = store.Stale(kind, version);
        foreach (var chunk in stale.Chunk(BatchSize))
        {
            var articles = chunk.Select(id => store.Find(id)!).ToArray();
            var records = new (string, DerivedRecord)[articles.Length];
            Parallel.For(0, articles.Length, i => records[i] = (articles[i].Id, derive(articles[i])));
            store.PutDerived(records);
        }

        return stale.Count;
    }
}
