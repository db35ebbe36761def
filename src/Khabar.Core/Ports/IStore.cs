namespace Khabar.Core.Ports;

/// <summary>
/// A whole Khabar store: its articles and its stories, in one database, shared by every process that opens it.
/// Implemented in Khabar.Storage (SQLite, PostgreSQL).
/// </summary>
public interface IStore : IArticleStore, IStoryStore, ISearchIndex, IWatchLedger, IWorkClaims
{
    /// <summary>
    /// A number that changes whenever a change to the store is committed (by any process): a reader keeps what it read
    /// until it does.
    /// </summary>
    long DataVersion();

    /// <summary>
    /// Holds <paramref name="role"/> for this process until the lease is disposed, waiting while another process (or
    /// store object) holds it: what must run once at a time over a shared store (Assign). A process that dies
    /// releases what it held.
    /// </summary>
    IDisposable Exclusive(StoreRole role);
}

/// <summary>Work split between processes sharing a store.</summary>
public interface IWorkClaims
{
    /// <summary>
    /// Claims a piece of work (<paramref name="role"/>, <paramref name="key"/>) for this store object unless another
    /// holds it: null then. Workers sharing a store split work this way (each story consolidated by one of them).
    /// </summary>
    IDisposable? TryClaim(StoreRole role, string key);
}

/// <summary>The kinds of work held one at a time over a shared store.</summary>
public enum StoreRole
{
    /// <summary>Bringing derived records up to date, indexing and assigning articles to stories.</summary>
    Assigner = 1,

    /// <summary>Consolidating one story (claimed per story).</summary>
    Consolidation = 2,

    /// <summary>Preparing and storing one article (claimed per article id).</summary>
    Ingest = 3,

    /// <summary>Fetching and reading one feed item's page (claimed per feed and item key).</summary>
    WatchItem = 4,
}
