using Khabar.Core.Watch;

namespace Khabar.Core.Ports;

/// <summary>
/// What <c>khabar watch</c> has read, kept in the store so that a restart resumes where it stopped: the files of
/// watched folders (by path, size and modification time), the feeds (their HTTP validators and failures) and each
/// feed item, from the moment its feed listed it (pending) until its article was stored (read) or it was given up.
/// Watchers sharing a store claim each pending item before fetching it (<see cref="IWorkClaims"/>).
/// </summary>
public interface IWatchLedger : IWorkClaims
{
    /// <summary>The files recorded as read under <paramref name="folder"/> (full paths), with the stamp each had then.</summary>
    IReadOnlyDictionary<string, FileStamp> FilesRead(string folder);

    /// <summary>Records files as read at the stamp they had when read, in one transaction.</summary>
    void RecordFiles(IReadOnlyList<(string Path, FileStamp Stamp)> files);

    /// <summary>What is known of a feed, or null for one never polled.</summary>
    FeedState? Feed(string url);

    /// <summary>
    /// Records a successful poll in one transaction: the feed's new validators, its failures cleared, and every
    /// item not known yet (by feed and key) added as pending, due at once.
    /// </summary>
    /// <returns>How many items were new.</returns>
    int RecordPoll(string url, FeedPoll poll, IReadOnlyList<FeedEntry> entries);

    /// <summary>Records a failed poll: the failure counted, the reason kept, the next attempt not before <paramref name="retryAt"/>.</summary>
    void RecordFeedFailure(string url, string reason, DateTimeOffset at, DateTimeOffset retryAt);

    /// <summary>Up to <paramref name="limit"/> pending items due at <paramref name="now"/>, in the order their feeds listed them.</summary>
    IReadOnlyList<PendingItem> PendingItems(DateTimeOffset now, int limit);

    /// <summary>Records what became of pending items (read, to retry, given up), in one transaction; an item another watcher recorded meanwhile is left as it recorded it.</summary>
    void RecordItems(IReadOnlyList<ItemOutcome> outcomes);
}
