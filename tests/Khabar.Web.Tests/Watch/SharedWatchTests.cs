using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Core.Watch;
using Khabar.Storage;
using Khabar.Tests;

namespace Khabar.Web.Tests.Watch;

/// <summary>Watchers sharing one PostgreSQL store fetch each feed item's page once between them.</summary>
public sealed class SharedWatchTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.Start();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [PostgresFact]
    public async Task An_item_another_watcher_holds_is_not_fetched_until_it_is_given_back()
    {
        var database = TestDatabases.NewDatabase();
        WatchOptions Options(int pages) => new()
        {
            Feeds = [_server.At("/feeds/news.xml")],
            Every = TimeSpan.Zero,
            HostGap = TimeSpan.Zero,
            RequestTimeout = TimeSpan.FromSeconds(2),
            MaxPageBytes = 1 << 20,
            MaxPagesPerRound = pages,
        };
        async Task<WatchRound> Round(IStore store, int pages)
        {
            using var fetcher = new WebFetcher(TimeSpan.FromSeconds(2));
            var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
            return await new Watcher(store, fetcher, Options(pages), TimeProvider.System).Round(source => pipeline.Run(source));
        }

        using var other = StoreLocation.Open(database);
        using var mine = StoreLocation.Open(database);
        await Round(mine, pages: 0); // the feed polled: its items pending, no page read yet
        var pending = mine.PendingItems(DateTimeOffset.UtcNow.AddMinutes(1), 10);
        Assert.Equal(2, pending.Count);
        var held = other.TryClaim(StoreRole.WatchItem, pending[0].Feed + "\n" + pending[0].Entry.Key);
        Assert.NotNull(held);

        var first = await Round(mine, pages: 10);
        var heldPage = new Uri(pending[0].Entry.Link!).AbsolutePath;
        var freePage = new Uri(pending[1].Entry.Link!).AbsolutePath;

        Assert.Equal(0, _server.Count(heldPage));
        Assert.Equal(1, _server.Count(freePage));
        Assert.Equal(ItemState.Read, Assert.Single(first.Items).State);
        held.Dispose();
        var second = await Round(mine, pages: 10);
        Assert.Equal(1, _server.Count(heldPage));
        Assert.Equal(ItemState.Read, Assert.Single(second.Items).State);
        Assert.Equal(2, mine.Count());
    }
}
