using Khabar.Core.Ports;
using Khabar.Text;

namespace Khabar.Core.Search;

/// <summary>A sentence found, as shown: its article, where it is, its text, and the words the query matched in it.</summary>
public sealed record SearchSnippet(string ArticleId, TextExtent Extent, string Text, IReadOnlyList<TextExtent> Highlights, double Rank);

/// <summary>The sentences found in one story (or among articles not assigned yet: no story), best first.</summary>
public sealed record StoryHits(string? StoryId, string? Title, IReadOnlyList<SearchSnippet> Snippets);

/// <summary>
/// What a search found, grouped by story, the story of the best sentence first. <see cref="Windowed"/>: more sentences
/// matched than <see cref="ArticleSearch.RankWindow"/>, and the best were chosen among the newest that many.
/// </summary>
public sealed record SearchResults(string Query, IReadOnlyList<StoryHits> Stories, bool Windowed = false);

/// <summary>Searching the index and making what it finds readable: grouped by story, with text and marks.</summary>
public static class ArticleSearch
{
    /// <summary>
    /// The most matching sentences ranked, the newest first. Ranking every match of a common word (tens of thousands
    /// in SaudiNewsNet) had a p95 of 30 ms and a worst case of 74–117 ms; the newest 300, p95 3.1–3.5 ms
    /// (<c>Khabar.Bench search-latency</c>, docs/web.md). A news search wants the recent anyway; a query of two words
    /// or more rarely matches that many.
    /// </summary>
    public const int RankWindow = 300;

    /// <summary>The best <paramref name="limit"/> sentences for <paramref name="query"/>, grouped by story.</summary>
    public static SearchResults Find(IStore store, SearchQuery query, int limit)
    {
        var (hits, windowed) = store.Search(query, limit, RankWindow);
        var stories = new List<StoryHits>();
        foreach (var group in hits.GroupBy(h => h.StoryId ?? string.Empty))
        {
            var snippets = group.Where(h => h.Text is not null)
                .Select(h => new SearchSnippet(h.ArticleId, h.Extent, h.Text!, query.Highlights(h.Text), h.Rank))
                .ToList();
            if (snippets.Count > 0)
            {
                var first = group.First();
                stories.Add(new StoryHits(first.StoryId, first.StoryTitle, snippets));
            }
        }

        return new SearchResults(query.Text, stories, windowed);
    }
}

/// <summary>
/// Brings the search index up to date: every stored article not indexed yet is, a batch at a time. Ingest indexes
/// what it stores as it stores it; this takes up the rest (a store from before the index, articles whose analysis
/// was redone elsewhere, a write made without terms).
/// </summary>
public sealed class SearchIndexRefresh(IStore store)
{
    /// <summary>Articles indexed in one transaction: fewer, larger segments for FTS5 to merge.</summary>
    private const int Batch = 4096;

    /// <summary>
    /// A run that indexed this many articles or more merges the index at its end: SaudiNewsNet's index, as 8 batches
    /// left it, answered 487 new searches a second; merged (3.3 s), 603 (docs/web.md). A store whose index is in
    /// shards merges only the shards written since they were last merged; a smaller run leaves it to the index's own
    /// merging.
    /// </summary>
    public const int OptimizeAfter = 10_000;

    /// <summary>
    /// How many articles were indexed. <paramref name="indexedBefore"/>: articles the same run indexed as it stored
    /// them, counted toward the merge.
    /// </summary>
    public int Run(int indexedBefore = 0, CancellationToken cancellationToken = default)
    {
        var indexed = 0;
        while (store.Unindexed(Batch) is { Count: > 0 } ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var articles = store.FindAll(ids, withRawText: false);
            var names = articles.ToDictionary(a => a.Id, a => Names(a.Id), StringComparer.Ordinal);
            store.Index([.. articles.AsParallel().AsOrdered().Select(a => (a.Id, SearchTerms.Of(a.CleanText, names[a.Id])))]);
            indexed += ids.Count;
            if (articles.Count < ids.Count)
            {
                break; // an id vanished between the two reads; the next run takes up what is left
            }
        }

        var total = indexed + indexedBefore;
        if (total >= OptimizeAfter)
        {
            store.Optimize();
        }

        return indexed;
    }

    /// <summary>Where the article's entity mentions are, from its stored analysis (none if it has no current one).</summary>
    private IReadOnlyList<TextExtent> Names(string id) =>
        store.GetDerived(id, Store.DerivedCodec.AnalysisKind, Analyze.ArticleAnalyzer.Version) is { } analysis
            ? SearchTerms.NameExtents(Store.DerivedCodec.ReadAnalysis(analysis))
            : [];
}
