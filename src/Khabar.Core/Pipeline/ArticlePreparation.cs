using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Core.Domain;
using Khabar.Core.Ingest;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;

namespace Khabar.Core.Pipeline;

/// <summary>
/// The one place the per-article stages are assembled: Clean (residue out, offsets kept), display
/// normalization, content hash, publication date from the text when metadata has none, Analyze. Pure and
/// thread-safe: the ingest job runs it on all cores.
/// </summary>
public static class ArticlePreparation
{
    /// <summary>How far into the text a dateline may stand (chars).</summary>
    private const int DatelineReach = 400;

    public static PreparedArticle Prepare(RawArticle raw)
    {
        var cleaning = ArticleCleaner.Clean(raw.Text);
        var display = DisplayNormalizer.Normalize(cleaning.Text).Text;
        var (published, from) = raw.Published is { } stated ? (stated, PublishedFrom.Metadata)
            : Dateline(raw.Title, display) is { } written ? (new DateTimeOffset(written, TimeOnly.MinValue, TimeSpan.Zero), PublishedFrom.Text)
            : ((DateTimeOffset?)null, PublishedFrom.Unknown);
        var article = new Article
        {
            Id = raw.Id,
            Origin = raw.Origin,
            Format = raw.Format,
            Title = raw.Title is null ? null : DisplayNormalizer.Normalize(raw.Title).Text,
            Source = raw.Source,
            Url = raw.Url,
            Published = published,
            PublishedFrom = from,
            RawText = raw.Text,
            CleanText = display,
            ContentHash = ContentHash.Of(display),
        };
        return new PreparedArticle(article, cleaning, ArticleAnalyzer.Analyze(display));
    }

    /// <summary>A full date in the title or the top of the text, which news puts in its dateline.</summary>
    private static DateOnly? Dateline(string? title, string text) =>
        (title is null ? null : AbsoluteDateFinder.FindFirst(title))?.Date
        ?? AbsoluteDateFinder.FindFirst(text.AsSpan(0, Math.Min(text.Length, DatelineReach)))?.Date;
}
