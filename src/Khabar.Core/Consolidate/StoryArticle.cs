using Khabar.Core.Analyze;
using Khabar.Core.Domain;

namespace Khabar.Core.Consolidate;

/// <summary>One article of a story as consolidation reads it: the stored article and its analysis.</summary>
public sealed record StoryArticle(Article Article, ArticleAnalysis Analysis)
{
    public string Id => Article.Id;

    /// <summary>The calendar day the article was published, as its outlet saw it; null when unknown.</summary>
    public DateOnly? PublishedDay => Article.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null;
}
