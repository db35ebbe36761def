using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;

namespace Khabar.Core.Watch;

/// <summary>
/// <c>khabar watch</c>: rounds of reading what is new in watched folders and feeds, each round's articles run
/// through the pipeline together. Every source is on its own: a folder that is missing, a feed that times out,
/// answers 404, sends malformed XML or a page beyond the size limit is reported in the round and tried again
/// later (a failing feed less and less often), and the others go on.
/// </summary>
/// <remarks>
/// Nothing read is lost to a crash: a feed's new items are recorded as pending in the same transaction as its
/// validators, before any page is fetched, and an item or a file is recorded as read only after the pipeline
/// stored its article. A process killed in between reads that round's files and pages again on restart, and the
/// store recognises their articles as already stored.
/// </remarks>
public sealed class Watcher(IWatchLedger ledger, WebFetcher fetcher, WatchOptions options, TimeProvider clock)
{
    private readonly HostPacer _pacer = new(options.HostGap, clock);

    /// <summary>Each site's robots.txt rules as last read, and until when they hold (for as long as this watcher runs).</summary>
    private readonly Dictionary<string, (RobotsRules Rules, DateTimeOffset Until)> _robots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a site's robots.txt is trusted before it is read again.</summary>
    private static readonly TimeSpan RobotsLifetime = TimeSpan.FromHours(24);

    /// <summary>One round: folders scanned, due feeds polled, pending pages read, and what was read ingested by <paramref name="ingest"/>.</summary>
    public async Task<WatchRound> Round(Func<IArticleSource, PipelineTally> ingest, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var problems = new List<string>();
        var (files, unsettled) = ScanFolders(now, problems);
        var feeds = new List<FeedReport>();
        foreach (var feed in options.Feeds)
        {
            feeds.Add(await Poll(feed, now, cancellationToken));
        }

        var pending = ledger.PendingItems(now, options.MaxPagesPerRound + 1);
        var morePending = pending.Count > options.MaxPagesPerRound;
        // Each item is claimed before its page is fetched: a watcher sharing the store that holds it fetches it instead.
        var claims = new List<IDisposable>();
        try
        {
            var mine = new List<PendingItem>();
            foreach (var item in pending.Take(options.MaxPagesPerRound))
            {
                if (ledger.TryClaim(StoreRole.WatchItem, item.Feed + "\n" + item.Entry.Key) is { } claim)
                {
                    claims.Add(claim);
                    mine.Add(item);
                }
            }

            // Nothing claimed: the rest is other watchers' for now, and this one waits for its next round.
            return await ReadAndIngest(now, files, unsettled, feeds, mine, morePending && mine.Count > 0, problems, ingest, cancellationToken);
        }
        finally
        {
            claims.ForEach(c => c.Dispose());
        }
    }

    private async Task<WatchRound> ReadAndIngest(
        DateTimeOffset now, IReadOnlyList<(string Path, FileStamp Stamp)> files, int unsettled, List<FeedReport> feeds, List<PendingItem> pending,
        bool morePending, List<string> problems, Func<IArticleSource, PipelineTally> ingest, CancellationToken cancellationToken)
    {
        var pages = await ReadPages(pending, cancellationToken);

        PipelineTally? tally = null;
        var articles = pages.Where(p => p.Article is not null).Select(p => IngestItem.Of(p.Article!)).ToList();
        if (files.Count > 0 || articles.Count > 0)
        {
            var source = new RoundSource(new FileSource(files.Select(f => f.Path).ToList(), options.Ingest), articles);
            tally = ingest(source);
        }

        ledger.RecordFiles(files);
        ledger.RecordItems(pages.Select(p => p.Outcome).ToList());
        return new WatchRound(now, files.Count, unsettled, feeds, pages.Select(p => p.Outcome).ToList(), tally, problems, morePending);
    }

    /// <summary>
    /// Rounds until cancelled: the next one after <see cref="WatchOptions.Every"/>, sooner when a watched folder changes
    /// or work is left over. A round that fails (the store busy or full) ends the run, unless <paramref name="failed"/>
    /// is given: it is then told, and the next round follows after the interval (nothing was recorded as read).
    /// </summary>
    public async Task Run(Func<IArticleSource, PipelineTally> ingest, Action<WatchRound> report, CancellationToken cancellationToken, Action<Exception>? failed = null)
    {
        using var changed = new SemaphoreSlim(0);
        var watchers = new List<FileSystemWatcher>();
        foreach (var folder in options.Folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler wake = (_, _) =>
            {
                if (changed.CurrentCount == 0)
                {
                    changed.Release();
                }
            };
            watcher.Created += wake;
            watcher.Changed += wake;
            watcher.Renamed += (s, e) => wake(s, e);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                TimeSpan wait;
                try
                {
                    var round = await Round(ingest, cancellationToken);
                    report(round);
                    wait = round.MorePending ? TimeSpan.Zero : round.UnsettledFiles > 0 ? options.Settle : options.Every;
                }
                catch (Exception e) when (failed is not null && e is not OperationCanceledException && e is not OutOfMemoryException)
                {
                    failed(e);
                    wait = options.Every;
                }

                if (wait > TimeSpan.Zero)
                {
                    // A change wakes the loop early; it then waits for the file to settle (a copy in progress).
                    if (await changed.WaitAsync(wait, cancellationToken) && options.Settle < wait)
                    {
                        await Task.Delay(options.Settle, clock, cancellationToken);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
        }
    }

    private (List<(string Path, FileStamp Stamp)> Files, int Unsettled) ScanFolders(DateTimeOffset now, List<string> problems)
    {
        var files = new List<(string, FileStamp)>();
        var unsettled = 0;
        foreach (var folder in options.Folders.Select(Path.GetFullPath))
        {
            if (!Directory.Exists(folder))
            {
                problems.Add($"{folder}: no such folder");
                continue;
            }

            var read = ledger.FilesRead(folder);
            try
            {
                foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var file = new FileInfo(path);
                    if (IsPartial(file.Name) || (read.TryGetValue(path, out var stamp) && stamp == FileStamp.Of(file)))
                    {
                        continue;
                    }

                    if (now - file.LastWriteTimeUtc < options.Settle)
                    {
                        unsettled++;
                        continue;
                    }

                    files.Add((path, FileStamp.Of(file)));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{folder}: cannot list ({e.Message})");
            }
        }

        return (files, unsettled);
    }

    /// <summary>Hidden files and the names downloads and editors give files still being written.</summary>
    private static bool IsPartial(string name) =>
        name.StartsWith('.') || name.EndsWith('~') ||
        name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);

    private async Task<FeedReport> Poll(Uri url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var feed = url.AbsoluteUri;
        var state = ledger.Feed(feed);
        if (state?.RetryAt is { } retry && retry > now)
        {
            // After a failure, its backoff; after a good poll, the interval the feed itself asked for.
            return state.Failures > 0
                ? new FeedReport(feed, FeedOutcome.Waiting, 0, state.LastError, retry)
                : new FeedReport(feed, FeedOutcome.NotDue, 0, null, retry);
        }

        if (state is { Failures: 0, PolledAt: { } polled } && polled + options.Every > now)
        {
            return new FeedReport(feed, FeedOutcome.NotDue, 0, null, polled + options.Every);
        }

        await _pacer.Turn(url, cancellationToken);
        FetchResult answer;
        try
        {
            answer = await fetcher.Get(url, options.MaxFeedBytes, state?.ETag, state?.LastModified, cancellationToken);
        }
        finally
        {
            _pacer.Done(url);
        }

        if (answer.NotModified)
        {
            ledger.RecordPoll(feed, new FeedPoll(now, state?.ETag, state?.LastModified, NotBefore(now, answer.FreshFor, answer.FreshFor is null ? AskedBefore(state) : null)), []);
            return new FeedReport(feed, FeedOutcome.NotModified, 0, null, null);
        }

        var (entries, error, ttl) = answer.Body is { } body ? FeedReader.Entries(body) : ([], answer.Failure, null);
        if (error is not null)
        {
            var failures = (state?.Failures ?? 0) + 1;
            var retryAt = now + Backoff(failures);
            ledger.RecordFeedFailure(feed, error, now, retryAt);
            return new FeedReport(feed, FeedOutcome.Failed, 0, error, retryAt);
        }

        var added = ledger.RecordPoll(feed, new FeedPoll(now, answer.ETag, answer.LastModified, NotBefore(now, answer.FreshFor, ttl)), entries);
        return new FeedReport(feed, FeedOutcome.Read, added, null, null);
    }

    /// <summary>
    /// When a feed polled at <paramref name="now"/> may be polled again, if later than the watcher's interval: after
    /// the longest of what the answer's headers say it stays fresh for and what the feed says (<c>ttl</c>), at most
    /// <see cref="WatchOptions.MaxBackoff"/> (a feed asking for a week is still asked within the hour); null when
    /// neither asks for more than <see cref="WatchOptions.Every"/>.
    /// </summary>
    private DateTimeOffset? NotBefore(DateTimeOffset now, TimeSpan? freshFor, TimeSpan? ttl)
    {
        var asked = new[] { freshFor, ttl }.Max();
        if (asked is not { } wait || wait <= options.Every)
        {
            return null;
        }

        var cap = options.MaxBackoff > options.Every ? options.MaxBackoff : options.Every;
        return now + (wait < cap ? wait : cap);
    }

    /// <summary>
    /// The interval a feed's last good poll asked for, for a 304 whose headers say nothing of their own (it carries no
    /// feed to read a <c>ttl</c> from again). A 304 that says how long it stays fresh is taken at its word instead.
    /// </summary>
    private static TimeSpan? AskedBefore(FeedState? state) =>
        state is { Failures: 0, RetryAt: { } next, PolledAt: { } polled } && next > polled ? next - polled : null;

    /// <summary><see cref="WatchOptions.Every"/> doubled for each failure after the first, at most <see cref="WatchOptions.MaxBackoff"/> (or Every, if longer).</summary>
    private TimeSpan Backoff(int failures)
    {
        var cap = options.MaxBackoff > options.Every ? options.MaxBackoff : options.Every;
        var wait = options.Every * Math.Pow(2, Math.Min(failures - 1, 20));
        return wait < cap ? wait : cap;
    }

    private async Task<List<PageRead>> ReadPages(IReadOnlyList<PendingItem> items, CancellationToken cancellationToken)
    {
        // Hosts taken in turn, so that the polite gap of one costs nothing while another is read.
        var inTurn = items.Select((item, i) => (item, i))
            .GroupBy(x => x.item.Entry.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var u) ? u.Host : "")
            .SelectMany(g => g.Select((x, turn) => (x.item, x.i, turn)))
            .OrderBy(x => x.turn).ThenBy(x => x.i)
            .Select(x => x.item);
        var pages = new List<PageRead>();
        foreach (var item in inTurn)
        {
            pages.Add(await ReadPage(item, cancellationToken));
        }

        return pages;
    }

    private async Task<PageRead> ReadPage(PendingItem item, CancellationToken cancellationToken)
    {
        var entry = item.Entry;
        var attempts = item.Attempts + 1;
        var url = entry.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u : null;
        string reason;
        var robots = url is null ? RobotsRules.AllowAll : await RobotsOf(url, cancellationToken);
        if (url is not null && robots is null)
        {
            // The site's robots.txt could not be read (5xx, timeout): its pages wait, as a failed page does.
            reason = $"{url}: robots.txt of {url.Host} could not be read";
            if (attempts < options.MaxAttempts)
            {
                return new PageRead(null, new ItemOutcome(item.Feed, entry.Key, ItemState.Retry, attempts, Reason: reason, RetryAt: clock.GetUtcNow() + options.Every));
            }
        }
        else if (url is not null && !robots!.Allows(url))
        {
            // Not fetched: the site asks crawlers to keep out of this path. The feed's own text is all there is.
            reason = $"{url}: robots.txt does not allow it";
        }
        else if (url is not null)
        {
            await _pacer.Turn(url, cancellationToken);
            FetchResult answer;
            try
            {
                answer = await fetcher.Get(url, options.MaxPageBytes, cancellationToken: cancellationToken);
            }
            finally
            {
                _pacer.Done(url);
            }

            var read = answer.Body is { } body ? ArticleSource.ReadFetched(body, PageIds.Of(url), url.AbsoluteUri, options.Ingest).FirstOrDefault() : default;
            if (read.Article is { } article)
            {
                article = article with
                {
                    Title = article.Title ?? entry.Title,
                    Url = article.Url ?? url.AbsoluteUri,
                    Published = article.Published ?? entry.Published,
                    Source = article.Source ?? entry.FeedTitle,
                };
                return new PageRead(article, new ItemOutcome(item.Feed, entry.Key, ItemState.Read, attempts, article.Id));
            }

            reason = answer.Failure ?? read.Rejection?.Reason ?? "page without article";
            if (attempts < options.MaxAttempts)
            {
                return new PageRead(null, new ItemOutcome(item.Feed, entry.Key, ItemState.Retry, attempts, Reason: $"{url}: {reason}", RetryAt: clock.GetUtcNow() + options.Every));
            }

            reason = $"{url}: {reason}";
        }
        else
        {
            reason = entry.Link is null ? "item without a link" : $"item link is not an http(s) address: {entry.Link}";
        }

        // The page could not be read (or there is none): the feed's own text, when it carries some.
        var text = entry.Html is null ? null : HtmlArticleReader.TextOf(entry.Html);
        if (!string.IsNullOrWhiteSpace(text) && text.Length <= options.Ingest.MaxArticleChars)
        {
            var article = new RawArticle
            {
                Id = url is not null ? PageIds.Of(url) : PageIds.OfItem(new Uri(item.Feed), entry.Key),
                Origin = entry.Link ?? $"{item.Feed}#{entry.Key}",
                Format = "feed",
                Text = text,
                Title = entry.Title,
                Source = entry.FeedTitle ?? options.Ingest.DefaultSource,
                Url = entry.Link,
                Published = entry.Published,
            };
            return new PageRead(article, new ItemOutcome(item.Feed, entry.Key, ItemState.Read, attempts, article.Id, reason));
        }

        return new PageRead(null, new ItemOutcome(item.Feed, entry.Key, ItemState.GaveUp, attempts, Reason: reason));
    }

    /// <summary>
    /// The robots.txt rules of <paramref name="url"/>'s site, read at most once a day: a 4xx answer allows all (the
    /// site has no file); null when the file could not be read this time (5xx, timeout, a broken connection).
    /// </summary>
    private async Task<RobotsRules?> RobotsOf(Uri url, CancellationToken cancellationToken)
    {
        var site = url.GetLeftPart(UriPartial.Authority);
        var now = clock.GetUtcNow();
        if (_robots.TryGetValue(site, out var known) && known.Until > now)
        {
            return known.Rules;
        }

        var robotsUrl = new Uri(new Uri(site), "/robots.txt");
        await _pacer.Turn(robotsUrl, cancellationToken);
        FetchResult answer;
        try
        {
            answer = await fetcher.Get(robotsUrl, RobotsRules.MaxBytes, cancellationToken: cancellationToken);
        }
        finally
        {
            _pacer.Done(robotsUrl);
        }

        RobotsRules? rules = answer.Body is { } body ? RobotsRules.Parse(body)
            : answer.Status is { } status && (int)status is >= 400 and < 500 ? RobotsRules.AllowAll
            : answer.Status is { } ok && (int)ok is >= 200 and < 300 ? RobotsRules.AllowAll   // answered, but beyond the size limit
            : null;
        if (rules is not null)
        {
            _robots[site] = (rules, now + RobotsLifetime);
            if (rules.CrawlDelay is { } delay)
            {
                _pacer.AtLeast(url.Host, delay);
            }
        }

        return rules;
    }

    private sealed record PageRead(RawArticle? Article, ItemOutcome Outcome);

    /// <summary>A round's files, then its pages.</summary>
    private sealed class RoundSource(FileSource files, IReadOnlyList<IngestItem> pages) : IArticleSource
    {
        public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default) => files.Read(cancellationToken).Concat(pages);
    }
}

/// <summary>What a feed's poll did this round.</summary>
public enum FeedOutcome
{
    /// <summary>Polled and read: its new items are pending.</summary>
    Read,

    /// <summary>Polled; the server said nothing changed (304).</summary>
    NotModified,

    /// <summary>Polled less than an interval ago: not polled.</summary>
    NotDue,

    /// <summary>Failing, and its next attempt not due yet.</summary>
    Waiting,

    /// <summary>Polled and failed (timeout, HTTP error, too large, not a feed).</summary>
    Failed,
}

/// <summary>One feed in a round: what happened, how many items were new, why it failed and when it is tried next.</summary>
public sealed record FeedReport(string Feed, FeedOutcome Outcome, int NewItems, string? Failure, DateTimeOffset? Next);

/// <summary>What a round did: files read, feeds polled, items read or failed, and the pipeline's tally.</summary>
public sealed record WatchRound(
    DateTimeOffset At,
    int Files,
    int UnsettledFiles,
    IReadOnlyList<FeedReport> Feeds,
    IReadOnlyList<ItemOutcome> Items,
    PipelineTally? Tally,
    IReadOnlyList<string> Problems,
    bool MorePending)
{
    /// <summary>Whether the round read, stored or failed anything worth a line.</summary>
    public bool Eventful => Files > 0 || Items.Count > 0 || Problems.Count > 0 || Feeds.Any(f => f.Outcome is FeedOutcome.Read or FeedOutcome.Failed);

    /// <summary>The round in plain lines: one summing it up, then one per failure (feed, item, file, folder).</summary>
    public IEnumerable<string> Lines()
    {
        var polled = Feeds.Count(f => f.Outcome is FeedOutcome.Read or FeedOutcome.NotModified or FeedOutcome.Failed);
        var read = Items.Count(i => i.State == ItemState.Read);
        var stored = Tally is { } t
            ? $"; stored {t.Stored.Stored:N0}, already stored {t.Stored.AlreadyStored:N0}, rejected {t.Rejections.Count:N0}; {t.Assigned.StoriesWritten:N0} stories new or changed"
            : "";
        yield return $"{At:HH:mm:ss} {Files:N0} files, {polled:N0} feeds polled ({Feeds.Sum(f => f.NewItems):N0} new items, " +
            $"{Feeds.Count(f => f.Outcome == FeedOutcome.NotModified):N0} not modified, {Feeds.Count(f => f.Outcome == FeedOutcome.Failed):N0} failed), " +
            $"{read:N0} pages read{stored}";
        foreach (var feed in Feeds.Where(f => f.Outcome == FeedOutcome.Failed))
        {
            yield return $"  feed {feed.Feed}: {feed.Failure}; next attempt at {feed.Next:HH:mm:ss}";
        }

        foreach (var item in Items.Where(i => i.State != ItemState.Read))
        {
            yield return item.State == ItemState.GaveUp
                ? $"  item {item.Key} of {item.Feed}: given up after {item.Attempts} attempts ({item.Reason})"
                : $"  item {item.Key} of {item.Feed}: {item.Reason}; attempt {item.Attempts}, next at {item.RetryAt:HH:mm:ss}";
        }

        foreach (var rejection in Tally?.Rejections ?? [])
        {
            yield return $"  rejected {rejection}";
        }

        foreach (var problem in Problems)
        {
            yield return $"  {problem}";
        }
    }
}
