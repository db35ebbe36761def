using Khabar.Core.Analyze;
using Khabar.Core.Domain;

namespace Khabar.Core.Assign;

/// <summary>
/// Two pages of one site share its chrome: a box of other headlines, a login form, a newsletter box, the same lines word
/// for word on page after page. Taken out of their HTML into text, such lines read as the pages' own, and two pages
/// about different things look alike through them. A link between two articles of one source that share whole lines
/// is judged again on the two texts without those lines, and kept only if it still holds. A function of the pair alone,
/// like every link: the same two texts give the same answer whatever else is stored.
/// </summary>
public static class SiteChrome
{
    /// <summary>Lines shorter than this (characters, trimmed) are not compared: a short line (a dateline, «اقرأ أيضاً») proves nothing.</summary>
    public const int MinLineLength = 20;

    /// <summary>
    /// <paramref name="link"/> as the linker would make it from the two articles without the whole lines they share,
    /// when both come from one source and share such lines; null when the link does not hold without them; the link
    /// itself otherwise.
    /// </summary>
    public static StoryLink? Recheck(StoryLink link, Article x, Article y, StoryLinker linker, TermWeights weights)
    {
        if (link.Kind is LinkKind.Duplicate or LinkKind.NearDuplicate
            || x.Source is not { Length: > 0 } source || !string.Equals(source, y.Source, StringComparison.OrdinalIgnoreCase))
        {
            return link;
        }

        var shared = Lines(x.CleanText);
        shared.IntersectWith(Lines(y.CleanText));
        if (shared.Count == 0)
        {
            return link;
        }

        string Kept(Article article) => string.Join('\n', article.CleanText.Split('\n').Where(l => !shared.Contains(l.Trim())));
        var (keptX, keptY) = (Kept(x), Kept(y));

        // With little left of either text, the shared lines were its own (one article put out twice, lightly edited), not chrome.
        if (keptX.Length < MinLeft || keptY.Length < MinLeft)
        {
            return link;
        }

        AssignArticle Without(Article article, string kept) =>
            new(article.Id, article.Published, article.ContentHash, ArticleProfile.Of(article.Title, ContentTerms.Of(kept, weights), weights));

        return linker.Link(Without(x, keptX), Without(y, keptY), nearDuplicateCandidate: false) is { } again ? link with { Kind = again.Kind } : null;
    }

    /// <summary>Whether two articles name one source (the pages whose shared lines may be its chrome).</summary>
    public static bool OneSource(Article x, Article y) =>
        x.Source is { Length: > 0 } source && string.Equals(source, y.Source, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a pair is judged for chrome: within <see cref="StoryLinker.Window"/> of each other, or either undated.</summary>
    public static bool Judged(AssignArticle x, AssignArticle y) =>
        x.Published is not { } a || y.Published is not { } b || (a - b).Duration() <= StoryLinker.Window;

    /// <summary>Characters each text must keep without the shared lines for them to be taken for chrome.</summary>
    public const int MinLeft = 300;

    /// <summary>The lines of a text long enough to compare (<see cref="MinLineLength"/>), trimmed.</summary>
    public static HashSet<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= MinLineLength).ToHashSet(StringComparer.Ordinal);
}
