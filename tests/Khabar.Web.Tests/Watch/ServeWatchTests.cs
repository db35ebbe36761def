using System.Net;
using System.Text.Json;
using Khabar.Core.Watch;
using Khabar.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;

namespace Khabar.Web.Tests.Watch;

/// <summary><c>khabar serve --feed</c>: the watcher runs in the server, and what it reads is served without a restart.</summary>
public sealed class ServeWatchTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("khabar-serve-watch-").FullName;
    private FeedServer _feeds = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.Start();
        var database = Path.Combine(_folder, "k.db");
        SqliteArticleStore.Open(database).Dispose();
        var watch = new WatchOptions { Feeds = [_feeds.At("/feeds/news.xml")], Every = TimeSpan.FromMilliseconds(500), HostGap = TimeSpan.Zero };
        _app = KhabarServer.Build(new ServerOptions(database, "http://127.0.0.1:0", Watch: watch));
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _feeds.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<HttpResponseMessage> WaitFor(string path)
    {
        for (var tries = 0; ; tries++)
        {
            var response = await _client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK || tries == 120)
            {
                return response;
            }

            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_feed_item_published_while_serving_appears_in_the_api_and_in_search()
    {
        var first = await WaitFor("/api/articles/127.0.0.1-port-expansion-2026");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        _feeds.Items.Add(("fish-market-khobar", "إغلاق سوق السمك في الخبر للصيانة", FeedTexts.Gone));
        var added = await WaitFor("/api/articles/127.0.0.1-fish-market-khobar");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var article = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        Assert.Contains("سوق السمك المركزي", article.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var search = await _client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("السمك"));
        Assert.Contains("127.0.0.1-fish-market-khobar", search, StringComparison.Ordinal);
        Assert.True(_feeds.Log.Count(l => l.Path == "/feeds/news.xml" && l.IfNoneMatch is not null) >= 1);
    }
}
