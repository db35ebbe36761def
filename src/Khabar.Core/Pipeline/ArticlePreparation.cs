using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Core.Domain;
using Khabar.Core.Ingest;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;

namespace Khabar.Core.Pipeline;

/// <summary>
/// The per-article stages: Clean (residue out, offsets kept), display normalization, content hash, publication
/// date from the text when metadata has none, Analyze. Pure and thread-safe: the ingest job runs it on all cores.
/// </summary>
public sealed class ArticlePreparation(ArticleAnalyzer analyzer)
{
    /// <summary>How far into the text a dateline may stand (chars).</summary>
    private const int DatelineReach = 400;

    public PreparedArticle Prepare(RawArticle raw)
    {
        var cleaning = ArticleCleaner.Clean(raw.Text);
        var title = ArticleCleaner.CleanTitle(raw.Title);
        var display = DisplayNormalizer.Normalize(cleaning.Text).Text;
        var (published, from) = raw.Published is { } stated ? (stated, PublishedFrom.Metadata)
            : Dateline(title, display) is { } written ? (new DateTimeOffset(written, TimeOnly.MinValue, TimeSpan.Zero), PublishedFrom.Text)
            : ((DateTimeOffset?)null, PublishedFrom.Unknown);
        var article = new Article
        {
            Id = raw.Id,
            Origin = raw.Origin,
            Format = raw.Format,
            Title = title is null ? null : DisplayNormalizer.Normalize(title).Text,
            Source = raw.Source,
            Url = raw.Url,
            Published = published,
            PublishedFrom = from,
            RawText = raw.Text,
            CleanText = display,
            ContentHash = ContentHash.Of(display),
        };
        return new PreparedArticle(article, cleaning, analyzer.Analyze(display));
    }

    /// <summary>Analyze alone, for a stored clean text whose analysis is out of date.</summary>
    public ArticleAnalysis Analyze(string cleanText) => analyzer.Analyze(cleanText);

    /// <summary>
    /// A stored article prepared again from its raw text, as if read anew (after the cleaner changed): the
    /// metadata it was read with is kept; what came from the text is derived again.
    /// </summary>
    public PreparedArticle Reprepare(Article stored) => Prepare(new RawArticle
    {
        Id = stored.Id,
        Origin = stored.Origin,
        Format = stored.Format,
        Title = stored.Title,
        Source = stored.Source,
        Url = stored.Url,
        Published = stored.PublishedFrom == PublishedFrom.Metadata ? stored.Published : null,
        Text = stored.RawText,
    });

    /// <summary>A full date in the title or the top of the text, which news puts in its dateline.</summary>
    private static DateOnly? Dateline(string? title, string text) =>
        (title is null ? null : AbsoluteDateFinder.FindFirst(title))?.Date
        ?? AbsoluteDateFinder.FindFirst(text.AsSpan(0, Math.Min(text.Length, DatelineReach)))?.Date;
}
