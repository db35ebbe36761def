using Khabar.Core.Domain;
using Khabar.Text.Sentences;

namespace Khabar.Core.Assign;

/// <summary>Makes a <see cref="Story"/> of its members: id from the earliest, title from the most central.</summary>
public static class StoryBuilder
{
    /// <summary>Hex digits of the earliest article's content hash in a story id.</summary>
    private const int IdDigits = 12;

    /// <summary>A title taken from a first sentence is cut at a word boundary near this length.</summary>
    private const int MaxTitleLength = 160;

    public static Story Build(IReadOnlyList<(Article Article, AssignArticle Assign)> members)
    {
        var ordered = members.OrderBy(m => m.Assign, AssignArticle.Canonical).ToList();
        var central = Central(ordered);
        var dated = ordered.Where(m => m.Article.Published is not null).Select(m => m.Article.Published!.Value).ToList();
        return new Story(
            IdOf(ordered[0].Article),
            TitleOf(central),
            central.Id,
            dated.Count > 0 ? dated.MinBy(d => d.UtcTicks) : null,
            dated.Count > 0 ? dated.MaxBy(d => d.UtcTicks) : null,
            [.. ordered.Select(m => m.Article.Id)],
            [.. ordered.Select(m => m.Article.Source).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The id of a story whose earliest article is <paramref name="earliest"/>.</summary>
    public static string IdOf(Article earliest) => "s-" + earliest.ContentHash[..IdDigits];

    /// <summary>The article closest to the story's centroid; the earliest wins a tie.</summary>
    private static Article Central(List<(Article Article, AssignArticle Assign)> ordered)
    {
        var centroid = new Dictionary<ulong, double>();
        foreach (var (_, assign) in ordered)
        {
            var profile = assign.Profile;
            for (var i = 0; i < profile.Terms.Length; i++)
            {
                centroid[profile.Terms[i]] = centroid.GetValueOrDefault(profile.Terms[i]) + profile.Weights[i];
            }
        }

        var best = ordered[0].Article;
        var bestScore = double.NegativeInfinity;
        foreach (var (article, assign) in ordered)
        {
            double score = 0;
            for (var i = 0; i < assign.Profile.Terms.Length; i++)
            {
                score += assign.Profile.Weights[i] * centroid[assign.Profile.Terms[i]];
            }

            if (score > bestScore + 1e-9)
            {
                (best, bestScore) = (article, score);
            }
        }

        return best;
    }

    private static string TitleOf(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            return article.Title.Trim();
        }

        var sentences = new List<Khabar.Text.TextExtent>();
        SentenceSplitter.Split(article.CleanText, sentences);
        var first = sentences.Count > 0 ? article.CleanText.Substring(sentences[0].Start, sentences[0].Length).Trim() : article.Id;
        if (first.Length <= MaxTitleLength)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', MaxTitleLength);
        return string.Concat(first.AsSpan(0, cut > 0 ? cut : MaxTitleLength), "…");
    }
}
