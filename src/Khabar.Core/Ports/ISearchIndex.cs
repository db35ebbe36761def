using Khabar.Core.Search;

namespace Khabar.Core.Ports;

/// <summary>The full-text index of the articles' sentences, kept in step with the store.</summary>
public interface ISearchIndex
{
    /// <summary>Up to <paramref name="limit"/> stored articles not indexed yet (new, or whose clean text changed), in the order stored.</summary>
    IReadOnlyList<string> Unindexed(int limit);

    /// <summary>Indexes each article's sentences (replacing what it had), in one transaction.</summary>
    void Index(IReadOnlyList<(string ArticleId, IReadOnlyList<IndexedSentence> Sentences)> articles);

    /// <summary>The best <paramref name="limit"/> sentences for an FTS5 expression (<see cref="SearchQuery.Match"/>), best first.</summary>
    IReadOnlyList<SentenceHit> Search(string match, int limit);
}

/// <summary>A sentence found: its article, the article's story (if assigned), where it is, and its BM25 rank (lower is better).</summary>
public sealed record SentenceHit(string ArticleId, string? StoryId, Khabar.Text.TextExtent Extent, double Rank);
