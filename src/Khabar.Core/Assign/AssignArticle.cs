namespace Khabar.Core.Assign;

/// <summary>An article as the Assign stage sees it: who, when, and its profile.</summary>
public sealed record AssignArticle(string Id, DateTimeOffset? Published, string ContentHash, ArticleProfile Profile)
{
    /// <summary>The order in which stories are numbered and titled: dated first by time, then by content hash and id.</summary>
    public static readonly IComparer<AssignArticle> Canonical = Comparer<AssignArticle>.Create((x, y) =>
    {
        var byDate = (x.Published is null).CompareTo(y.Published is null);
        if (byDate == 0 && x.Published is { } px && y.Published is { } py)
        {
            byDate = px.UtcTicks.CompareTo(py.UtcTicks);
        }

        return byDate != 0 ? byDate
            : string.CompareOrdinal(x.ContentHash, y.ContentHash) is var byHash and not 0 ? byHash
            : string.CompareOrdinal(x.Id, y.Id);
    });
}
