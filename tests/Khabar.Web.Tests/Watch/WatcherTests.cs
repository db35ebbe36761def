using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Core.Watch;
using Khabar.Storage.Sqlite;

namespace Khabar.Web.Tests.Watch;

/// <summary>
/// The watcher against a real HTTP server on 127.0.0.1 and a real SQLite store: feeds read with conditional GET,
/// pages read politely, failures reported and retried without stopping the rest, and a restart that loses nothing.
/// </summary>
public sealed class WatcherTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("khabar-watch-").FullName;
    private FeedServer _server = null!;

    private string Database => Path.Combine(_folder, "khabar.db");

    public async Task InitializeAsync() => _server = await FeedServer.Start();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private WatchOptions Options(params string[] feeds) => new()
    {
        Feeds = feeds.Select(_server.At).ToList(),
        Every = TimeSpan.Zero,
        HostGap = TimeSpan.Zero,
        RequestTimeout = TimeSpan.FromSeconds(2),
        MaxPageBytes = 1 << 20,
    };

    /// <summary>One round on a store opened for it (as a process would), the pipeline storing and assigning.</summary>
    private async Task<WatchRound> Round(WatchOptions options, Func<KhabarPipeline, IArticleSource, PipelineTally>? ingest = null)
    {
        using var store = SqliteArticleStore.Open(Database);
        using var fetcher = new WebFetcher(options.RequestTimeout);
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        return await new Watcher(store, fetcher, options, TimeProvider.System)
            .Round(source => (ingest ?? ((p, s) => p.Run(s)))(pipeline, source));
    }

    private List<Core.Domain.Article> Stored()
    {
        using var store = SqliteArticleStore.Open(Database);
        return store.Articles().ToList();
    }

    [Fact]
    public async Task A_feed_is_read_its_pages_stored_and_polled_again_with_its_etag()
    {
        var first = await Round(Options("/feeds/news.xml"));

        Assert.Equal(FeedOutcome.Read, Assert.Single(first.Feeds).Outcome);
        Assert.Equal(2, first.Feeds[0].NewItems);
        Assert.All(first.Items, i => Assert.Equal(ItemState.Read, i.State));
        var articles = Stored();
        Assert.Equal(2, articles.Count);
        var port = Assert.Single(articles, a => a.Url!.EndsWith("/news/port-expansion-2026", StringComparison.Ordinal));
        Assert.Equal("صحيفة الساحل", port.Source);
        Assert.Equal("توسعة ميناء الدمام تبدأ الشهر المقبل", port.Title);
        Assert.Contains("رصيفين جديدين للحاويات", port.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("جميع الحقوق محفوظة", port.CleanText, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(3)), port.Published);

        var second = await Round(Options("/feeds/news.xml"));

        Assert.Equal(FeedOutcome.NotModified, Assert.Single(second.Feeds).Outcome);
        Assert.Empty(second.Items);
        Assert.Null(second.Tally);
        Assert.Equal(1, _server.Count("/news/port-expansion-2026"));
        var polls = _server.Log.Where(l => l.Path == "/feeds/news.xml").ToList();
        Assert.Null(polls[0].IfNoneMatch);
        Assert.NotNull(polls[1].IfNoneMatch);
    }

    [Fact]
    public async Task A_new_item_in_a_changed_feed_is_the_only_page_read_next_round()
    {
        await Round(Options("/feeds/news.xml"));
        _server.Items.Add(("fish-market-khobar", "إغلاق سوق السمك في الخبر للصيانة", FeedTexts.Gone));

        var round = await Round(Options("/feeds/news.xml"));

        Assert.Equal(1, round.Feeds[0].NewItems);
        Assert.Equal("127.0.0.1-fish-market-khobar", Assert.Single(round.Items).ArticleId);
        Assert.Equal(3, Stored().Count);
        Assert.Equal(1, _server.Count("/news/port-expansion-2026"));
    }

    [Fact]
    public async Task Failing_feeds_are_named_with_their_reason_and_the_good_one_is_still_read()
    {
        var round = await Round(Options("/feeds/missing.xml", "/feeds/broken.xml", "/feeds/slow.xml", "/feeds/not-a-feed.xml", "/feeds/news.xml"));

        var byFeed = round.Feeds.ToDictionary(f => new Uri(f.Feed).AbsolutePath);
        Assert.Contains("404", byFeed["/feeds/missing.xml"].Failure, StringComparison.Ordinal);
        Assert.Contains("malformed feed XML", byFeed["/feeds/broken.xml"].Failure, StringComparison.Ordinal);
        Assert.Contains("within 2 s", byFeed["/feeds/slow.xml"].Failure, StringComparison.Ordinal);
        Assert.Contains("not an RSS or Atom feed", byFeed["/feeds/not-a-feed.xml"].Failure, StringComparison.Ordinal);
        Assert.Equal(FeedOutcome.Read, byFeed["/feeds/news.xml"].Outcome);
        Assert.Equal(2, Stored().Count);
        Assert.Contains(round.Lines(), l => l.Contains("feed " + _server.At("/feeds/missing.xml"), StringComparison.Ordinal) && l.Contains("HTTP 404", StringComparison.Ordinal));

        using var store = SqliteArticleStore.Open(Database);
        var missing = store.Feed(_server.At("/feeds/missing.xml").AbsoluteUri)!;
        Assert.Equal(1, missing.Failures);
        Assert.NotNull(missing.RetryAt);
    }

    [Fact]
    public async Task A_feed_in_windows_1256_is_read_as_its_declaration_says()
    {
        var round = await Round(Options("/feeds/cp1256.xml"));

        Assert.Equal(FeedOutcome.Read, Assert.Single(round.Feeds).Outcome);
        Assert.Equal("توسعة ميناء الدمام تبدأ الشهر المقبل", Assert.Single(Stored()).Title);
    }

    [Fact]
    public async Task A_failing_feed_is_not_polled_again_before_its_retry_time()
    {
        var options = Options("/feeds/missing.xml") with { Every = TimeSpan.FromMinutes(5), MaxBackoff = TimeSpan.FromMinutes(30) };
        var first = await Round(options);
        var retry = first.Feeds[0].Next!.Value - first.At;
        Assert.Equal(TimeSpan.FromMinutes(5), retry);

        var second = await Round(options);
        Assert.Equal(FeedOutcome.Waiting, second.Feeds[0].Outcome);
        Assert.Equal(1, _server.Count("/feeds/missing.xml"));
    }

    [Theory]
    [InlineData("/feeds/hourly.xml", 60)] // <ttl>60</ttl>
    [InlineData("/feeds/cached.xml", 10)] // Cache-Control: max-age=600
    [InlineData("/feeds/weekly.xml", 120)] // <ttl>10080</ttl>, a week, beyond the cap of two hours
    public async Task A_feed_that_asks_to_be_polled_less_often_is_left_alone_that_long_within_the_cap(string path, int minutes)
    {
        var options = Options(path) with { Every = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromHours(2) };

        var first = await Round(options);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var second = await Round(options);

        Assert.Equal(FeedOutcome.Read, first.Feeds[0].Outcome);
        Assert.Equal(FeedOutcome.NotDue, second.Feeds[0].Outcome);
        Assert.InRange((second.Feeds[0].Next!.Value - first.At).TotalMinutes, minutes - 0.1, minutes + 0.1);
        Assert.Equal(1, _server.Count(path));
        using var store = SqliteArticleStore.Open(Database);
        var state = store.Feed(_server.At(path).AbsoluteUri)!;
        Assert.Equal(0, state.Failures);
        Assert.Null(state.LastError);
    }

    [Theory]
    [InlineData("/feeds/news.xml")]
    [InlineData("/feeds/wordpress.xml")] // sy:updatePeriod hourly, which WordPress writes into every feed: not read
    public async Task A_feed_that_asks_nothing_is_polled_again_after_the_watchers_interval(string path)
    {
        var options = Options(path) with { Every = TimeSpan.FromSeconds(1) };

        await Round(options);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var second = await Round(options);

        Assert.Contains(second.Feeds[0].Outcome, new[] { FeedOutcome.NotModified, FeedOutcome.Read });
        Assert.Equal(2, _server.Count(path));
    }

    [Fact]
    public async Task A_failing_feed_waits_twice_as_long_after_each_failure_up_to_the_cap_and_clears_when_it_answers()
    {
        var options = Options("/feeds/flaky.xml") with { Every = TimeSpan.FromMilliseconds(200), MaxBackoff = TimeSpan.FromMilliseconds(700) };
        _server.FlakyDown = true;
        var waits = new List<TimeSpan>();
        for (var tries = 0; waits.Count < 4 && tries < 200; tries++)
        {
            var round = await Round(options);
            if (round.Feeds[0].Outcome == FeedOutcome.Failed)
            {
                waits.Add(round.Feeds[0].Next!.Value - round.At);
            }

            await Task.Delay(50);
        }

        Assert.Equal([200, 400, 700, 700], waits.Select(w => (int)w.TotalMilliseconds));
        _server.FlakyDown = false;
        await Task.Delay(options.MaxBackoff);
        var answered = await Round(options);

        Assert.Equal(FeedOutcome.Read, answered.Feeds[0].Outcome);
        using var store = SqliteArticleStore.Open(Database);
        var state = store.Feed(_server.At("/feeds/flaky.xml").AbsoluteUri)!;
        Assert.Equal(0, state.Failures);
        Assert.Null(state.RetryAt);
        Assert.Null(state.LastError);
    }

    [Fact]
    public async Task A_page_beyond_the_size_limit_is_cut_off_and_retried_then_the_feed_text_is_taken()
    {
        var options = Options("/feeds/huge-items.xml") with { MaxAttempts = 2 };

        var first = await Round(options);
        var item = Assert.Single(first.Items);
        Assert.Equal(ItemState.Retry, item.State);
        Assert.Contains("beyond the limit", item.Reason, StringComparison.Ordinal);
        Assert.Empty(Stored());

        var second = await Round(options);
        var read = Assert.Single(second.Items);
        Assert.Equal(ItemState.Read, read.State);
        var article = Assert.Single(Stored());
        Assert.Equal("feed", article.Format);
        Assert.Contains("أمطار رعدية", article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_whose_page_is_gone_and_whose_feed_has_no_text_is_given_up_with_the_reason()
    {
        // The Atom feed's page is not on the server; one attempt allowed, and the entry's summary is its text.
        var atom = await Round(Options("/feeds/atom.xml") with { MaxAttempts = 1 });
        var item = Assert.Single(atom.Items);
        Assert.Equal(ItemState.Read, item.State);
        Assert.Contains("HTTP 404", item.Reason, StringComparison.Ordinal);
        Assert.Equal("وكالة الواحة", Assert.Single(Stored()).Source);
    }

    [Fact]
    public async Task Killed_after_the_poll_the_next_process_reads_every_item_once_even_when_the_feed_answers_304()
    {
        // The first process polls (recording the items as pending) and dies before its pages are stored.
        await Assert.ThrowsAsync<InvalidOperationException>(() => Round(Options("/feeds/news.xml"), (_, _) => throw new InvalidOperationException("killed")));
        Assert.Empty(Stored());

        // The next one is told "not modified", and still reads the two items the first one never finished.
        var resumed = await Round(Options("/feeds/news.xml"));

        Assert.Equal(FeedOutcome.NotModified, resumed.Feeds[0].Outcome);
        Assert.Equal(2, resumed.Items.Count(i => i.State == ItemState.Read));
        Assert.Equal(2, Stored().Count);

        // Killed after storing but before recording: the pages are read again and found already stored.
        _server.Items.Add(("fish-market-khobar", "إغلاق سوق السمك في الخبر للصيانة", FeedTexts.Gone));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Round(Options("/feeds/news.xml"), (p, s) => { p.Run(s); throw new InvalidOperationException("killed"); }));
        var again = await Round(Options("/feeds/news.xml"));
        Assert.Equal(1, again.Tally!.Stored.AlreadyStored);
        Assert.Equal(3, Stored().Count);
        Assert.Empty((await Round(Options("/feeds/news.xml"))).Items);
    }

    [Fact]
    public async Task A_page_robots_txt_keeps_out_is_not_fetched_and_the_feeds_own_text_stands_in()
    {
        _server.Robots = "# the council's minutes are not for crawlers\nUser-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n";

        var round = await Round(Options("/feeds/private-items.xml", "/feeds/news.xml"));

        Assert.Equal(0, _server.Count("/private/council-meeting"));
        var kept = Assert.Single(round.Items, i => i.Reason?.Contains("robots.txt", StringComparison.Ordinal) == true);
        Assert.Equal(ItemState.Read, kept.State);
        Assert.Equal("feed", Stored().Single(a => a.Id == kept.ArticleId).Format);
        Assert.Equal(1, _server.Count("/news/port-expansion-2026"));

        // Read once for the site's three pages (then kept a day by the watcher), not once a page.
        Assert.Equal(1, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task Pages_wait_while_robots_txt_cannot_be_read()
    {
        _server.Robots = "503";

        var round = await Round(Options("/feeds/news.xml"));

        Assert.All(round.Items, i => Assert.Equal(ItemState.Retry, i.State));
        Assert.Equal(0, _server.Count("/news/port-expansion-2026"));
        Assert.Empty(Stored());
    }

    [Fact]
    public async Task A_sites_crawl_delay_widens_the_gap_between_its_pages()
    {
        _server.Robots = "User-agent: *\nCrawl-delay: 0.3\n";
        _server.Items.Add(("fish-market-khobar", "إغلاق سوق السمك في الخبر للصيانة", FeedTexts.Gone));

        await Round(Options("/feeds/news.xml"));

        var pages = _server.Log.Where(l => l.Path.StartsWith("/news/", StringComparison.Ordinal)).Select(l => l.At).Order().ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages.Zip(pages.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(250), $"{pair.Second - pair.First}"));
    }

    [Fact]
    public async Task Requests_to_one_host_keep_the_polite_gap()
    {
        _server.Items.Add(("fish-market-khobar", "إغلاق سوق السمك في الخبر للصيانة", FeedTexts.Gone));
        await Round(Options("/feeds/news.xml") with { HostGap = TimeSpan.FromMilliseconds(300) });

        var times = _server.Log.Select(l => l.At).Order().ToList();
        Assert.Equal(5, times.Count);   // the feed, robots.txt, three pages
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(250), $"{pair.Second - pair.First}"));
    }

    [Fact]
    public async Task A_watched_folder_gives_new_and_changed_files_once_skips_partial_ones_and_names_bad_ones()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "inbox")).FullName;
        var old = DateTime.UtcNow.AddMinutes(-1);
        void Write(string name, string text)
        {
            var path = Path.Combine(inbox, name);
            File.WriteAllText(path, text);
            File.SetLastWriteTimeUtc(path, old);
        }

        Write("port.txt", FeedTexts.Port);
        Write("rain.txt.part", FeedTexts.Rain);
        File.WriteAllBytes(Path.Combine(inbox, "broken.txt"), [.. System.Text.Encoding.UTF8.GetBytes("خبر عن الميناء "), 0xFF, 0xFE]);
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "broken.txt"), old);
        var options = new WatchOptions { Folders = [inbox] };

        var first = await Round(options);
        Assert.Equal(2, first.Files);
        Assert.Contains(first.Lines(), l => l.Contains("broken.txt", StringComparison.Ordinal) && l.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Single(Stored());

        Assert.Equal(0, (await Round(options)).Files);

        Write("port.txt", FeedTexts.Port + "\nوأكد أن الميناء سيبقى يعمل بطاقته الحالية طوال فترة الأعمال.");
        Write("gone.txt", FeedTexts.Gone);
        File.WriteAllText(Path.Combine(inbox, "fresh.txt"), FeedTexts.Rain);
        var third = await Round(options);
        Assert.Equal(2, third.Files);
        Assert.Equal(1, third.UnsettledFiles);
        Assert.Equal(3, Stored().Count);
    }

    [Fact]
    public async Task A_round_that_fails_is_told_and_the_next_one_reads_what_it_could_not()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "port.txt"), FeedTexts.Port);
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "port.txt"), DateTime.UtcNow.AddMinutes(-1));
        var options = new WatchOptions { Folders = [inbox], Every = TimeSpan.FromMilliseconds(100) };
        using var store = SqliteArticleStore.Open(Database);
        using var fetcher = new WebFetcher(options.RequestTimeout);
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        var failures = new List<Exception>();
        var rounds = new List<WatchRound>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var calls = 0;

        await new Watcher(store, fetcher, options, TimeProvider.System).Run(
            source => ++calls == 1 ? throw new IOException("disk full") : pipeline.Run(source),
            round =>
            {
                rounds.Add(round);
                stop.Cancel();
            },
            stop.Token,
            failures.Add);

        Assert.Equal("disk full", Assert.Single(failures).Message);
        Assert.Equal(1, Assert.Single(rounds).Files);
        Assert.Equal(1, store.Count());
    }
}
