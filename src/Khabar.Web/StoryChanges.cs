using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace Khabar.Web;

/// <summary>Stories whose articles changed since the last notice, and stories merged away (their old ids).</summary>
public sealed record StoryChange(IReadOnlyList<string> Changed, IReadOnlyList<string> Removed);

/// <summary>
/// Watches the store for commits by any connection (this server's writer, or a <c>khabar ingest</c> in another
/// process: SQLite's <c>PRAGMA data_version</c>, PostgreSQL's snapshot), compares every story's size and latest time
/// with those seen before, and tells every subscriber which stories changed. Polls every <see cref="Every"/> on a
/// reader of its own, whose data version says whether anything was committed: one pragma when nothing was. The marks
/// (<see cref="Core.Ports.IStoryStore.StoryMarks"/>, those the pool keeps for its lists) are read only after a commit
/// and only while someone listens: the first subscriber reads them before it is told it is subscribed.
/// </summary>
public sealed class StoryChanges(StorePool pool) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(500);

    /// <summary>Held while the reader, the marks seen last and the subscribers are used: one thread at a time on the reader.</summary>
    private readonly Lock _gate = new();
    private readonly List<Channel<StoryChange>> _subscribers = [];
    private Dictionary<string, (int Size, DateTimeOffset? To)>? _known;
    private StorePool.Lease? _reader;
    private long _version;

    /// <summary>
    /// A stream of changes from now on (every commit after this returns is announced); dispose the subscription to
    /// end it.
    /// </summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<StoryChange>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            if (_known is null)
            {
                (_version, _known) = Marks();
            }

            _subscribers.Add(channel);
        }

        return new Subscription(this, channel);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                Check();
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                // The store is busy or being replaced; the next tick looks again.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Compares every story's marks now with those seen before and tells the subscribers what differs.</summary>
    internal void Check()
    {
        lock (_gate)
        {
            if (_subscribers.Count == 0)
            {
                _known = null; // nobody listens: the next subscriber reads the marks anew
                return;
            }

            if (_known is not { } before || Reader.Store.DataVersion() == _version)
            {
                return;
            }

            var (version, now) = Marks();
            (_version, _known) = (version, now);
            var changed = now.Where(s => !before.TryGetValue(s.Key, out var was) || was != s.Value).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
            var removed = before.Keys.Where(id => !now.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
            if (changed.Count + removed.Count == 0)
            {
                return;
            }

            var change = new StoryChange(changed, removed);
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(change);
            }
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        lock (_gate)
        {
            _reader?.Dispose();
            _reader = null;
        }
    }

    private StorePool.Lease Reader => _reader ??= pool.OpenReader();

    /// <summary>
    /// The data version, then every story's size and latest time as of that version or later: the marks the pool keeps
    /// for its lists (<see cref="StorePool.Marks"/>), so that a commit's marks are read once for the stream and the
    /// home page alike, and the page asked after a change finds them made.
    /// </summary>
    private (long Version, Dictionary<string, (int Size, DateTimeOffset? To)> Stories) Marks()
    {
        var version = Reader.Store.DataVersion();
        var marks = pool.Marks(Api.StoryOrder.Largest);
        return (version, marks.ToDictionary(m => m.Id, m => (m.Size, m.To), StringComparer.Ordinal));
    }

    private void Unsubscribe(Channel<StoryChange> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }

    /// <summary>One subscriber's stream of changes.</summary>
    public sealed class Subscription(StoryChanges owner, Channel<StoryChange> channel) : IDisposable
    {
        public ChannelReader<StoryChange> Changes => channel.Reader;

        public void Dispose() => owner.Unsubscribe(channel);
    }

    /// <summary>A change as the data of a server-sent event.</summary>
    internal static string Data(StoryChange change) =>
        JsonSerializer.Serialize(new Dictionary<string, IReadOnlyList<string>> { ["changed"] = change.Changed, ["removed"] = change.Removed });
}
