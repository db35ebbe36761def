namespace Khabar.Core.Watch;

/// <summary>A file as it was when read: a file whose size or modification time differs since is read again.</summary>
public readonly record struct FileStamp(long Length, long ModifiedTicks)
{
    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);
}

/// <summary>A feed's state: the validators of its last answer, and its failures since the last success.</summary>
public sealed record FeedState(string Url, string? ETag, string? LastModified, DateTimeOffset? PolledAt, int Failures, string? LastError, DateTimeOffset? RetryAt);

/// <summary>
/// A successful poll: when, the validators to send next time (unchanged on 304 Not Modified), and the time before
/// which the feed asked not to be polled again (its <c>ttl</c> or the answer's freshness), when later than the
/// watcher's own interval.
/// </summary>
public sealed record FeedPoll(DateTimeOffset At, string? ETag, string? LastModified, DateTimeOffset? NotBefore = null);

/// <summary>
/// One item a feed lists. <see cref="Key"/> identifies it within its feed (its guid or id, else its link, else its
/// title and date); <see cref="Html"/> is the content or description the feed carries, read when its page cannot be.
/// </summary>
public sealed record FeedEntry(string Key, string? Link, string? Title, DateTimeOffset? Published, string? Html, string? FeedTitle);

/// <summary>A feed item waiting for its page to be read, with the attempts made so far.</summary>
public sealed record PendingItem(string Feed, FeedEntry Entry, int Attempts);

/// <summary>What became of a feed item this round.</summary>
public enum ItemState
{
    /// <summary>Its article was read and stored (or found stored already).</summary>
    Read,

    /// <summary>Its page could not be read; tried again after <see cref="ItemOutcome.RetryAt"/>.</summary>
    Retry,

    /// <summary>Neither its page nor the feed's own text gave an article after every attempt; kept with the reason.</summary>
    GaveUp,
}

/// <summary>An item's outcome: its state, the article stored for it, or the reason and when to try again.</summary>
public sealed record ItemOutcome(string Feed, string Key, ItemState State, int Attempts, string? ArticleId = null, string? Reason = null, DateTimeOffset? RetryAt = null);
