using Khabar.Core.Domain;

namespace Khabar.Core.Ports;

/// <summary>
/// Where articles live. Articles are append-only and keyed by id; writing the same id with the same content
/// again is a no-op. Every <see cref="Write"/> is one transaction: a crash loses at most the batch in flight.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores a batch in one transaction and says, per article and in order, what happened.</summary>
    IReadOnlyList<ArticleWrite> Write(IReadOnlyList<ArticleToStore> batch);

    /// <summary>
    /// Replaces, in one transaction, what is derived from the raw text of already stored articles (same id): clean
    /// text, content hash, publication time when it came from the text, and the given derived records; the
    /// exact-duplicate marks of every article sharing an old or a new hash of the batch are then recomputed.
    /// </summary>
    void Rederive(IReadOnlyList<ArticleToStore> articles);

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

    /// <summary>
    /// Every article in the order it was first stored, streamed, with what it exactly duplicates and its derived
    /// records of the given kinds and versions (null where missing), in the order asked.
    /// </summary>
    IEnumerable<StoredArticle> ArticlesWith(IReadOnlyList<(string Kind, int Version)> derived);

    /// <summary>The id of the first stored article with the same clean text, or null.</summary>
    string? DuplicateOf(string id);

    long Count();
}

/// <summary>An article as read back with its derived records (payloads in the order asked; null where missing).</summary>
public sealed record StoredArticle(Article Article, string? DuplicateOf, IReadOnlyList<byte[]?> Derived);
