using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Core.Search;
using Khabar.Storage.Postgres;
using Khabar.Tests;
using Npgsql;

namespace Khabar.Storage.Tests.Postgres;

/// <summary>What only the PostgreSQL store has to show: its addresses, its search against FTS5's, and several workers on one database.</summary>
public class PostgresStoreTests
{
    [Fact]
    public void A_postgres_url_becomes_a_connection_string_and_its_password_never_shows_in_messages()
    {
        const string url = "postgres://newsroom:s%40cret@db.example:6543/khabar?sslmode=disable&search_path=desk";

        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString(url));

        Assert.True(PostgresLocation.Names(url));
        Assert.True(PostgresLocation.Names("Host=localhost;Database=khabar"));
        Assert.False(PostgresLocation.Names("khabar.db"));
        Assert.Equal(("db.example", 6543, "khabar", "newsroom", "s@cret", "desk"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SearchPath));
        Assert.DoesNotContain("s%40cret", PostgresLocation.Redacted(url), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", PostgresLocation.Redacted("Host=h;Password=hunter2"), StringComparison.Ordinal);
        // Wherever a password hides (escaped, in an option, in a string that does not parse), it never shows.
        Assert.DoesNotContain("hunter", PostgresLocation.Redacted("postgres://u:hunter%202@h/db?password=hunter3&sslmode=disable"), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", PostgresLocation.Redacted("Host=h;Password=hunter2;Bogus=1"), StringComparison.Ordinal);
        var refused = Assert.Throws<StoreUnavailableException>(() => PostgresLocation.ConnectionString("Host=h;Password=hunter2;Bogus=1"));
        Assert.DoesNotContain("hunter2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_is_not_there_is_named_in_a_clear_error_without_its_password()
    {
        var error = Assert.Throws<StoreUnavailableException>(() => PostgresStore.Open("postgres://khabar:hunter2@127.0.0.1:1/none?timeout=2"));

        Assert.StartsWith("postgres://khabar:***@127.0.0.1:1/none", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot open the database", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Search_finds_the_same_sentences_as_fts5_and_what_is_typed_is_never_read_as_query_syntax()
    {
        var (sqlite, _) = DemoStore.Open(TestStores.Sqlite);
        var (postgres, _) = DemoStore.Open(TestStores.Postgres);
        using var a = sqlite;
        using var b = postgres;
        string[] queries = ["العاصفة", "الامطار", "\"السكة الحديد\"", "قطار*", "Shoigu", "في من", "a' | !b", "x\\ & y:*", "(( ' \"", "وزير النقل"];

        foreach (var text in queries)
        {
            if (SearchQuery.Parse(text) is not { } query)
            {
                continue;
            }

            static string[] Found(IStore store, SearchQuery query) =>
                [.. store.Search(query, 1000, 100_000).Hits.Select(h => $"{h.ArticleId}@{h.Extent.Start}+{h.Extent.Length}").Order(StringComparer.Ordinal)];
            Assert.Equal(Found(a, query), Found(b, query));
        }

        Assert.NotEmpty(b.Search(SearchQuery.Parse("العاصفة")!, 10, 300).Hits);
    }

    [PostgresFact]
    public void Two_writers_storing_the_same_articles_at_once_store_each_once_and_mark_the_same_duplicates()
    {
        var database = TestStores.NewDatabase();
        var articles = Enumerable.Range(0, 40).Select(i => ArticleStoreContract.MakeArticle($"a{i}", $"نص الخبر رقم {i % 25} عن افتتاح الخط.")).ToList();
        var batches = articles.Chunk(8).ToList();

        Parallel.For(0, 2, worker =>
        {
            using var store = PostgresStore.Open(database);
            foreach (var batch in worker == 0 ? batches : Enumerable.Reverse(batches))
            {
                store.Write([.. batch.Select(a => new ArticleToStore(a, []))]);
            }
        });

        using var check = PostgresStore.Open(database);
        var stored = check.Articles().ToList();
        Assert.Equal(40, stored.Count);
        Assert.Equal(articles.Select(a => a.Id).Order(StringComparer.Ordinal), stored.Select(a => a.Id).Order(StringComparer.Ordinal));
        // Each text has one original (the first stored with it); every other article with that text points at it.
        foreach (var group in stored.GroupBy(a => a.ContentHash))
        {
            var original = group.First().Id;
            Assert.Null(check.DuplicateOf(original));
            Assert.All(group.Skip(1), a => Assert.Equal(original, check.DuplicateOf(a.Id)));
        }
    }

    [PostgresFact]
    public void The_assigner_role_is_held_by_one_store_at_a_time_and_freed_when_its_holder_goes()
    {
        var database = TestStores.NewDatabase();
        using var first = PostgresStore.Open(database);
        using var second = PostgresStore.Open(database);
        var order = new List<string>();

        var held = first.Exclusive(StoreRole.Assigner);
        var waiting = Task.Run(() =>
        {
            using (second.Exclusive(StoreRole.Assigner))
            {
                lock (order)
                {
                    order.Add("second");
                }
            }
        });
        Assert.False(waiting.Wait(TimeSpan.FromMilliseconds(300)));
        lock (order)
        {
            order.Add("first done");
        }

        held.Dispose();
        Assert.True(waiting.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal(["first done", "second"], order);
    }

    [PostgresFact]
    public void A_story_claimed_by_one_worker_is_not_claimed_by_another_until_given_back_or_its_holder_goes()
    {
        var database = TestStores.NewDatabase();
        using var first = PostgresStore.Open(database);
        using var second = PostgresStore.Open(database);

        var claim = first.TryClaim(StoreRole.Consolidation, "storm-1");
        Assert.NotNull(claim);
        Assert.Null(second.TryClaim(StoreRole.Consolidation, "storm-1"));
        Assert.NotNull(second.TryClaim(StoreRole.Consolidation, "storm-2"));
        claim.Dispose();
        using (var again = second.TryClaim(StoreRole.Consolidation, "storm-1"))
        {
            Assert.NotNull(again);
        }

        var third = PostgresStore.Open(database);
        Assert.NotNull(third.TryClaim(StoreRole.Consolidation, "storm-3"));
        third.Dispose(); // a worker that dies: its connection ends, and its claims with it (once the server sees it end)
        IDisposable? taken = null;
        for (var tries = 0; taken is null && tries < 100; tries++)
        {
            taken = first.TryClaim(StoreRole.Consolidation, "storm-3") ?? Sleep();
        }

        Assert.NotNull(taken);
    }

    private static IDisposable? Sleep()
    {
        Thread.Sleep(100);
        return null;
    }

    [PostgresFact]
    public void Three_workers_ingesting_parts_of_the_demo_corpus_at_once_make_the_stories_one_process_makes()
    {
        var files = Directory.EnumerateFiles(SharedData.Samples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        using var single = TestStores.Open(TestStores.Postgres);
        new KhabarPipeline(single, PipelineParts.BuiltIn()).Run(new FileSource([SharedData.Samples], IngestOptions.Default));

        var database = TestStores.NewDatabase();
        Parallel.For(0, 3, new ParallelOptions { MaxDegreeOfParallelism = 3 }, worker =>
        {
            using var store = PostgresStore.Open(database);
            var mine = files.Where((_, i) => i % 3 == worker).ToList();
            new KhabarPipeline(store, PipelineParts.BuiltIn()).Run(new FileSource(mine, IngestOptions.Default));
        });

        using var shared = PostgresStore.Open(database);
        new KhabarPipeline(shared, PipelineParts.BuiltIn()).CatchUp();
        static string[] Shape(IStore store) =>
            [.. store.Stories().Select(s => $"{s.Id}: {string.Join(' ', s.Articles.Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal)];
        Assert.Equal(Shape(single), Shape(shared));
        Assert.Empty(shared.StaleConsolidations(Core.Consolidate.StoryConsolidator.Stamp));
    }

    [PostgresFact]
    public void A_database_assigned_before_lone_articles_were_kept_gets_a_row_attached_to_none_for_each_article_with_no_link()
    {
        var database = TestStores.NewDatabase();
        using (var store = PostgresStore.Open(database))
        {
            AssignmentRowsContract.AssignTwoLinkedAndOneAlone(store);
        }

        using (var connection = new NpgsqlConnection(database))
        {
            connection.Open();
            using var back = new NpgsqlCommand("DROP TABLE story_attachments; UPDATE khabar_schema SET version = 1", connection);
            back.ExecuteNonQuery();
        }

        using var reopened = PostgresStore.Open(database);
        AssignmentRowsContract.AssertOnlyTheUnlinkedOneIsLone(reopened);
    }

    [PostgresFact]
    public void Refuses_a_database_from_a_newer_version()
    {
        var database = TestStores.NewDatabase();
        PostgresStore.Open(database).Dispose();
        using (var connection = new NpgsqlConnection(database))
        {
            connection.Open();
            using var bump = new NpgsqlCommand("UPDATE khabar_schema SET version = 999", connection);
            bump.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreUnavailableException>(() => PostgresStore.Open(database));

        Assert.Contains("newer than this Khabar", error.Message, StringComparison.Ordinal);
    }
}
