using Khabar.Core.Clean;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Text;

namespace Khabar.Core.Reuse;

/// <summary>An article as a source is named: its id, outlet and publication time.</summary>
public sealed record ArticleRef(string Id, string? Outlet, DateTimeOffset? Published)
{
    public static ArticleRef Of(Article article) => new(article.Id, article.Source, article.Published);
}

/// <summary>
/// A passage of an article found in an earlier article (<see cref="From"/>, at <see cref="FromExtent"/> of its clean
/// text): <see cref="Extent"/> is into the article's clean text and <see cref="RawExtent"/> into its input as read
/// (null when the stored clean text was made by another cleaner version and the two can no longer be mapped).
/// <see cref="Origin"/> is the earliest known article the passage goes back to, following earlier sources of the
/// same words (the source itself when it took the passage from no one known).
/// </summary>
public sealed record BorrowedPassage(TextExtent Extent, TextExtent? RawExtent, ArticleRef From, TextExtent FromExtent, ArticleRef Origin, double Similarity);

/// <summary>
/// The passages of an article that earlier articles have too, in any story, from the stored reuse pairs. An instance
/// keeps up to <see cref="Kept"/> of the articles and pairs it read (the reprints of one wire text share their
/// sources): make one per read of the store, not one for the life of a server.
/// </summary>
public sealed class PassageSources(IStoryStore store)
{
    /// <summary>Sources followed back from a passage's first source to find its origin.</summary>
    private const int MaxHops = 8;

    /// <summary>Articles and reuse pairs kept while reading many articles' sources (a wire text's reprints share them).</summary>
    private const int Kept = 2048;

    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<ReusePair>> _pairs = new(StringComparer.Ordinal);

    /// <summary>The article's passages found in earlier articles, in text order (then by source publication time).</summary>
    public IReadOnlyList<BorrowedPassage> Of(Article article)
    {
        var pairs = ReuseWith(article.Id);
        if (pairs.Count == 0)
        {
            return [];
        }

        var others = Find(pairs.Select(p => Other(p, article.Id)));
        CleanText? clean = null;
        var found = new List<BorrowedPassage>();
        foreach (var pair in pairs)
        {
            if (!others.TryGetValue(Other(pair, article.Id), out var source) || !Earlier(source, article))
            {
                continue;
            }

            foreach (var passage in pair.Passages)
            {
                var (here, there) = string.Equals(pair.A, article.Id, StringComparison.Ordinal) ? (passage.A, passage.B) : (passage.B, passage.A);
                if (here.End > article.CleanText.Length || there.End > source.CleanText.Length)
                {
                    // Offsets into a clean text made again since (a killed run between cleaning and re-assigning).
                    continue;
                }

                clean ??= ArticleCleaner.Clean(article.RawText);
                var raw = string.Equals(clean.Text, article.CleanText, StringComparison.Ordinal) && here.End <= clean.Text.Length
                    ? clean.SourceExtent(here.Start, here.Length)
                    : (TextExtent?)null;
                found.Add(new BorrowedPassage(here, raw, ArticleRef.Of(source), there, ArticleRef.Of(OriginOf(source, there)), passage.Similarity));
            }
        }

        return [.. found.OrderBy(p => p.Extent.Start).ThenBy(p => p.From.Published).ThenBy(p => p.From.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The earliest article the words at <paramref name="extent"/> of <paramref name="article"/> go back to: an earlier
    /// article sharing a passage that overlaps them, and so on back.
    /// </summary>
    private Article OriginOf(Article article, TextExtent extent)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { article.Id };
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var back = new List<(string Id, TextExtent Extent)>();
            foreach (var pair in ReuseWith(article.Id))
            {
                var other = Other(pair, article.Id);
                foreach (var passage in pair.Passages)
                {
                    var (here, there) = string.Equals(pair.A, article.Id, StringComparison.Ordinal) ? (passage.A, passage.B) : (passage.B, passage.A);
                    if (here.Start < extent.End && extent.Start < here.End && !seen.Contains(other))
                    {
                        back.Add((other, there));
                    }
                }
            }

            var earlier = Find(back.Select(b => b.Id)).Values.Where(a => Earlier(a, article))
                .OrderBy(a => a.Published).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
            if (earlier is null)
            {
                return article;
            }

            seen.Add(earlier.Id);
            extent = back.First(b => string.Equals(b.Id, earlier.Id, StringComparison.Ordinal)).Extent;
            article = earlier;
        }

        return article;
    }

    private Dictionary<string, Article> Find(IEnumerable<string> ids)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var missing = wanted.Where(id => !_articles.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            if (_articles.Count + missing.Count > Kept)
            {
                _articles.Clear();
            }

            foreach (var found in store.FindAll(missing, withRawText: true))
            {
                _articles[found.Id] = found;
            }
        }

        return wanted.Where(_articles.ContainsKey).ToDictionary(id => id, id => _articles[id], StringComparer.Ordinal);
    }

    private IReadOnlyList<ReusePair> ReuseWith(string id)
    {
        if (!_pairs.TryGetValue(id, out var pairs))
        {
            if (_pairs.Count >= Kept)
            {
                _pairs.Clear();
            }

            _pairs[id] = pairs = store.ReuseWith(id);
        }

        return pairs;
    }

    private static string Other(ReusePair pair, string id) => string.Equals(pair.A, id, StringComparison.Ordinal) ? pair.B : pair.A;

    /// <summary>Whether <paramref name="a"/> was published before <paramref name="b"/> (both dated; an undated article is no one's known source).</summary>
    private static bool Earlier(Article a, Article b) => a.Published is { } x && (b.Published is not { } y || x < y);
}
