using Khabar.Core.Search;

namespace Khabar.Core.Ports;

/// <summary>The full-text index of the articles' sentences, kept in step with the store.</summary>
public interface ISearchIndex
{
    /// <summary>Up to <paramref name="limit"/> stored articles not indexed yet (new, or whose clean text changed), in the order stored.</summary>
    IReadOnlyList<string> Unindexed(int limit);

    /// <summary>Indexes each article's sentences (replacing what it had), in one transaction.</summary>
    void Index(IReadOnlyList<(string ArticleId, IReadOnlyList<IndexedSentence> Sentences)> articles);

    /// <summary>Merges the index into as few parts as it can: a search then reads each term once rather than once per part.</summary>
    void Optimize();

    /// <summary>
    /// The best <paramref name="limit"/> sentences that hold every group of <paramref name="query"/> (<see cref="SearchQuery.Groups"/>),
    /// best first, ranked among the newest <paramref name="rankWindow"/> sentences that match (all of them when fewer match).
    /// A store may rank fewer: SQLite ranks the matches of its newest shards and puts older ones after them, unranked,
    /// newest first (docs/web.md).
    /// </summary>
    SearchHits Search(SearchQuery query, int limit, int rankWindow);
}

/// <summary>The sentences found, and whether not every match was ranked (only the newest were).</summary>
public sealed record SearchHits(IReadOnlyList<SentenceHit> Hits, bool Windowed);

/// <summary>
/// A sentence found: its article, the article's story and its title (if assigned), where it is, its text (null when the
/// article's clean text changed since it was indexed: the next catch-up indexes it again), and its rank (lower is better: BM25 on SQLite, the negated ts_rank on PostgreSQL).
/// </summary>
public sealed record SentenceHit(string ArticleId, string? StoryId, string? StoryTitle, Khabar.Text.TextExtent Extent, string? Text, double Rank);
