using Khabar.Core.Ingest;

namespace Khabar.Core.Watch;

/// <summary>What <c>khabar watch</c> watches, and how politely.</summary>
public sealed record WatchOptions
{
    /// <summary>Folders whose new and changed files are read (recursively).</summary>
    public IReadOnlyList<string> Folders { get; init; } = [];

    /// <summary>RSS or Atom feeds polled with conditional GET; their items' pages are read.</summary>
    public IReadOnlyList<Uri> Feeds { get; init; } = [];

    /// <summary>How often a feed is polled and the folders scanned (folders sooner when a file appears).</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The least time between two requests to one host.</summary>
    public TimeSpan HostGap { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The most one request may take, from connecting to the last byte.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A feed larger than this is a failure (default 10 MB).</summary>
    public long MaxFeedBytes { get; init; } = 10L << 20;

    /// <summary>A page larger than this is a failure (default 5 MB).</summary>
    public long MaxPageBytes { get; init; } = 5L << 20;

    /// <summary>Pages read at most in one round; the rest wait for the next, which follows at once.</summary>
    public int MaxPagesPerRound { get; init; } = 200;

    /// <summary>Attempts at an item's page before the feed's own text is taken instead, or the item given up.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>A file written to more recently than this is left for a later round: it may still be being written.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest a feed is left alone: a failing feed's wait doubles from <see cref="Every"/> up to it, and a feed that
    /// asks to be read less often (its <c>ttl</c>, its answer's <c>max-age</c>) waits what it asks, up to it.
    /// </summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);

    public IngestOptions Ingest { get; init; } = IngestOptions.Default;
}
