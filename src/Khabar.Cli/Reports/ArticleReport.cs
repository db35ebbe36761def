using Khabar.Core.Analyze;
using Khabar.Core.Domain;
using Khabar.Storage;
using Khabar.Storage.Ingesting;

namespace Khabar.Cli.Reports;

/// <summary>One stored article as reported: metadata, clean text, what cleaning removed, sentence count.</summary>
internal sealed record ArticleReport(Article Article, IReadOnlyList<StoredRemoval> Removals, ArticleAnalysis? Analysis)
{
    /// <summary>Reads every article of <paramref name="store"/> with its cached derived records.</summary>
    public static IEnumerable<ArticleReport> All(IArticleStore store)
    {
        foreach (var article in store.Articles())
        {
            var removals = store.GetDerived(article.Id, DerivedCodec.CleaningKind, DerivedCodec.CleaningVersion) is { } r
                ? DerivedCodec.ReadRemovals(r)
                : [];
            var analysis = store.GetDerived(article.Id, DerivedCodec.AnalysisKind, ArticleAnalyzer.Version) is { } a
                ? DerivedCodec.ReadAnalysis(a)
                : null;
            yield return new ArticleReport(article, removals, analysis);
        }
    }
}
