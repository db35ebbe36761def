using System.Text.Json;
using System.Threading.Channels;
using Khabar.Core.Domain;
using Khabar.Web.Api;
using Microsoft.Extensions.Hosting;

namespace Khabar.Web;

/// <summary>Stories whose articles changed since the last notice, and stories merged away (their old ids).</summary>
public sealed record StoryChange(IReadOnlyList<string> Changed, IReadOnlyList<string> Removed);

/// <summary>
/// Watches the store for commits by any connection (this server's writer, or a <c>khabar ingest</c> in another
/// process), compares the story list with the one before, and tells every subscriber which stories changed. Polls
/// every <see cref="Every"/> the pool's story list (<see cref="StorePool.Stories"/>), which is made again only after a
/// commit: the same list as before means nothing changed. Only while someone listens: the first subscriber reads the
/// list before it is told it is subscribed.
/// </summary>
public sealed class StoryChanges(StorePool pool) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(500);

    /// <summary>Held while the list seen last and the subscribers are used.</summary>
    private readonly Lock _gate = new();
    private readonly List<Channel<StoryChange>> _subscribers = [];
    private Dictionary<string, (int Articles, DateTimeOffset? To)>? _known;
    private IReadOnlyList<Story>? _listed;

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
                var stories = pool.Stories(StoryOrder.Largest);
                (_listed, _known) = (stories, Known(stories));
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

    /// <summary>Compares the story list now with the one seen before and tells the subscribers what differs.</summary>
    internal void Check()
    {
        lock (_gate)
        {
            if (_subscribers.Count == 0)
            {
                _known = null; // nobody listens: the next subscriber lists the stories anew
                return;
            }

            if (_known is not { } before)
            {
                return;
            }

            var stories = pool.Stories(StoryOrder.Largest);
            if (ReferenceEquals(stories, _listed))
            {
                return;
            }

            var now = Known(stories);
            (_listed, _known) = (stories, now);
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

    /// <summary>Every story's article count and last date: what a change is told by.</summary>
    private static Dictionary<string, (int Articles, DateTimeOffset? To)> Known(IReadOnlyList<Story> stories) =>
        stories.ToDictionary(s => s.Id, s => (s.Articles.Count, s.To), StringComparer.Ordinal);

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
