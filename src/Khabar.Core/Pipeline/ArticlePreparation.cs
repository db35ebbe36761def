using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Core.Domain;
using Khabar.Core.Ingest;
using Khabar.Text.Normalize;

namespace Khabar.Core.Pipeline;

/// <summary>
/// The one place the per-article stages are assembled: Clean (residue out, offsets kept), display
/// normalization, content hash, Analyze. Pure and thread-safe: the ingest job runs it on all cores.
/// </summary>
public static class ArticlePreparation
{
    public static PreparedArticle Prepare(RawArticle raw)
    {
        var cleaning = ArticleCleaner.Clean(raw.Text);
        var display = DisplayNormalizer.Normalize(cleaning.Text).Text;
        var article = new Article
        {
            Id = raw.Id,
            Origin = raw.Origin,
            Format = raw.Format,
            Title = raw.Title is null ? null : DisplayNormalizer.Normalize(raw.Title).Text,
            Source = raw.Source,
            Url = raw.Url,
            Published = raw.Published,
            RawText = raw.Text,
            CleanText = display,
            ContentHash = ContentHash.Of(display),
        };
        return new PreparedArticle(article, cleaning, ArticleAnalyzer.Analyze(display));
    }
}
