using Khabar.Core.Ports;
using Khabar.Text;

namespace Khabar.Core.Search;

/// <summary>A sentence found, as shown: its article, where it is, its text, and the words the query matched in it.</summary>
public sealed record SearchSnippet(string ArticleId, TextExtent Extent, string Text, IReadOnlyList<TextExtent> Highlights, double Rank);

/// <summary>The sentences found in one story (or among articles not assigned yet: no story), best first.</summary>
public sealed record StoryHits(string? StoryId, string? Title, IReadOnlyList<SearchSnippet> Snippets);

/// <summary>What a search found, grouped by story, the story of the best sentence first.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<StoryHits> Stories);

/// <summary>Searching the index and making what it finds readable: grouped by story, with text and marks.</summary>
public static class ArticleSearch
{
    /// <summary>The best <paramref name="limit"/> sentences for <paramref name="query"/>, grouped by story.</summary>
    public static SearchResults Find(IStore store, SearchQuery query, int limit)
    {
        var hits = store.Search(query.Match, limit);
        var texts = store.FindAll([.. hits.Select(h => h.ArticleId).Distinct(StringComparer.Ordinal)])
            .ToDictionary(a => a.Id, a => a.CleanText, StringComparer.Ordinal);
        var stories = new List<StoryHits>();
        foreach (var group in hits.GroupBy(h => h.StoryId ?? string.Empty))
        {
            var snippets = new List<SearchSnippet>();
            foreach (var hit in group)
            {
                if (!texts.TryGetValue(hit.ArticleId, out var clean) || hit.Extent.End > clean.Length)
                {
                    continue; // its clean text changed since it was indexed: the next catch-up indexes it again
                }

                var text = hit.Extent.Of(clean).ToString();
                snippets.Add(new SearchSnippet(hit.ArticleId, hit.Extent, text, query.Highlights(text), hit.Rank));
            }

            if (snippets.Count > 0)
            {
                var story = group.Key.Length == 0 ? null : store.FindStory(group.Key);
                stories.Add(new StoryHits(story?.Id, story?.Title, snippets));
            }
        }

        return new SearchResults(query.Text, stories);
    }
}

/// <summary>Brings the search index up to date: every stored article not indexed yet is, a batch at a time.</summary>
public sealed class SearchIndexRefresh(IStore store)
{
    /// <summary>Articles indexed in one transaction: fewer, larger segments for FTS5 to merge.</summary>
    private const int Batch = 4096;

    /// <summary>How many articles were indexed.</summary>
    public int Run(CancellationToken cancellationToken = default)
    {
        var indexed = 0;
        while (store.Unindexed(Batch) is { Count: > 0 } ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var articles = store.FindAll(ids);
            var names = articles.ToDictionary(a => a.Id, a => Names(a.Id), StringComparer.Ordinal);
            store.Index([.. articles.AsParallel().AsOrdered().Select(a => (a.Id, SearchTerms.Of(a.CleanText, names[a.Id])))]);
            indexed += ids.Count;
            if (articles.Count < ids.Count)
            {
                break; // an id vanished between the two reads; the next run takes up what is left
            }
        }

        return indexed;
    }

    /// <summary>Where the article's entity mentions are, from its stored analysis (none if it has no current one).</summary>
    private IReadOnlyList<TextExtent> Names(string id) =>
        store.GetDerived(id, Store.DerivedCodec.AnalysisKind, Analyze.ArticleAnalyzer.Version) is { } analysis
            ? [.. Store.DerivedCodec.ReadAnalysis(analysis).Mentions.Select(m => new TextExtent(m.Start, m.Length)).OrderBy(e => e.Start)]
            : [];
}
