using Khabar.Text;

namespace Khabar.Core.Consolidate;

/// <summary>A passage of one article's clean text, quoted: where it is and what it says.</summary>
public sealed record Quote(string Article, int Start, int Length, string Text)
{
    public static Quote Of(StoryArticle article, TextExtent extent) =>
        new(article.Id, extent.Start, extent.Length, extent.Of(article.Article.CleanText).ToString());
}
