using Khabar.Core.Domain;

namespace Khabar.Storage;

/// <summary>
/// Where articles live. Articles are append-only and keyed by id; writing the same id with the same content
/// again is a no-op. Every <see cref="Write"/> is one transaction: a crash loses at most the batch in flight.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores a batch in one transaction and says, per article and in order, what happened.</summary>
    IReadOnlyList<ArticleWrite> Write(IReadOnlyList<ArticleToStore> batch);

    /// <summary>Replaces the derived records of already stored articles (after an analyzer version change).</summary>
    void PutDerived(IReadOnlyList<(string ArticleId, DerivedRecord Record)> records);

    /// <summary>The derived record of <paramref name="kind"/> at exactly <paramref name="version"/>, or null.</summary>
    byte[]? GetDerived(string articleId, string kind, int version);

    /// <summary>Ids of the articles that have no <paramref name="kind"/> record at exactly <paramref name="version"/>.</summary>
    IReadOnlyList<string> Stale(string kind, int version);

    Article? Find(string id);

    /// <summary>Which of <paramref name="articles"/> (id, raw text) are stored under that id with that raw text.</summary>
    IReadOnlySet<string> AlreadyStored(IReadOnlyList<(string Id, string RawText)> articles);

    /// <summary>Every article in the order it was first stored, streamed.</summary>
    IEnumerable<Article> Articles();

    /// <summary>The id of the first stored article with the same clean text, or null.</summary>
    string? DuplicateOf(string id);

    long Count();
}
