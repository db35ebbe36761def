using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Core.Domain;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Core.Search;

namespace Khabar.Core.Store;

/// <summary>
/// Brings what is derived from stored articles up to the current code (after an upgrade of the cleaner or the
/// analyzer): never patched, always redone from the raw text. A new cleaner version derives clean text again,
/// and when any clean text changed, the stories are dropped so that Assign and Consolidate redo them from the
/// new text. Costs two queries when nothing is stale (and <paramref name="preparation"/> is then never asked for).
/// </summary>
public sealed class DerivedRefresh(IStore store, Func<ArticlePreparation> preparation)
{
    public DerivedRefresh(IStore store, ArticlePreparation preparation)
        : this(store, () => preparation)
    {
    }

    private const int BatchSize = 512;

    /// <summary>Brings every article's cleaning and analysis records to the current versions.</summary>
    public RefreshTally Run(CancellationToken cancellationToken = default)
    {
        var recleaned = Reclean(cancellationToken, out var changed);
        if (changed > 0)
        {
            store.ResetStories();
        }

        var stale = store.Stale(DerivedCodec.AnalysisKind, ArticleAnalyzer.Version);
        foreach (var chunk in stale.Chunk(BatchSize))
        {
            var articles = Load(chunk);
            var records = new (string, DerivedRecord)[articles.Length];
            Parallel.For(0, articles.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                records[i] = (articles[i].Id, DerivedCodec.Analysis(preparation().Analyze(articles[i].CleanText))));
            store.PutDerived(records);
        }

        return new RefreshTally(recleaned, changed, stale.Count);
    }

    /// <summary>Cleans again every article cleaned by another cleaner version; counts those whose clean text changed.</summary>
    private int Reclean(CancellationToken cancellationToken, out int changed)
    {
        var stale = store.Stale(DerivedCodec.CleaningKind, ArticleCleaner.Version);
        changed = 0;
        foreach (var chunk in stale.Chunk(BatchSize))
        {
            var articles = Load(chunk);
            var redone = new ArticleToStore[articles.Length];
            var differs = new bool[articles.Length];
            Parallel.For(0, articles.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var prepared = preparation().Reprepare(articles[i]);
                differs[i] = !string.Equals(prepared.Article.CleanText, articles[i].CleanText, StringComparison.Ordinal);
                redone[i] = new ArticleToStore(
                    prepared.Article,
                    [DerivedCodec.Cleaning(prepared.Cleaning), DerivedCodec.Analysis(prepared.Analysis)],
                    SearchTerms.Of(prepared.Article.CleanText, prepared.Analysis));
            });
            store.Rederive(redone);
            changed += differs.Count(d => d);
        }

        return stale.Count;
    }

    private Article[] Load(string[] ids) => [.. ids.Select(id => store.Find(id) ?? throw new InvalidOperationException($"article {id} vanished from the store"))];
}

/// <summary>What a refresh redid: articles cleaned again (and how many of them now read differently), analyses redone.</summary>
public sealed record RefreshTally(int Recleaned, int CleanTextChanged, int Reanalyzed)
{
    public int Total => Recleaned + Reanalyzed;
}
