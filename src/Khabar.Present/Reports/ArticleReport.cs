using Khabar.Core.Analyze;
using Khabar.Core.Domain;
using Khabar.Core.Pipeline;
using Khabar.Core.Reuse;
using Khabar.Core.Store;

namespace Khabar.Present.Reports;

/// <summary>
/// One stored article as reported: metadata, clean text, what it duplicates, what cleaning removed, its analysis,
/// and its passages found in earlier articles.
/// </summary>
public sealed record ArticleReport(Article Article, string? DuplicateOf, IReadOnlyList<StoredRemoval> Removals, ArticleAnalysis? Analysis, IReadOnlyList<BorrowedPassage> Borrowed)
{
    /// <summary>Every stored article's report, in the order stored, streamed.</summary>
    public static IEnumerable<ArticleReport> All(StoryReader reader) => reader.Articles().Select(Of);

    public static ArticleReport Of(ArticleRecord a) => new(a.Article, a.DuplicateOf, a.Removals, a.Analysis, a.Borrowed);
}
