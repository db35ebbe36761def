using Khabar.Core.Ports;
using Khabar.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Khabar.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("khabar-store-").FullName;

    private string DbPath => Path.Combine(_folder, "khabar.db");

    private SqliteArticleStore CreateStore() => SqliteArticleStore.Open(DbPath);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Keeps_articles_across_reopening()
    {
        using (var store = CreateStore())
        {
            store.Write([new ArticleToStore(ArticleStoreContract.MakeArticle("kept", "نص محفوظ بعد الإغلاق."), [])]);
        }

        using var reopened = CreateStore();
        Assert.Equal("نص محفوظ بعد الإغلاق.", reopened.Find("kept")!.CleanText);
    }

    [Fact]
    public void Passage_prints_another_connection_saved_are_found_by_a_store_that_looked_before()
    {
        using var reader = CreateStore();
        using var writer = CreateStore();
        writer.Write([new ArticleToStore(ArticleStoreContract.MakeArticle("old", "افتتح الوزير خط السكك الحديدية الجديد بين المدينتين.", "alofoq"), [])]);
        ulong[] prints = [11, 12, 13];
        var sentence = new PrintedSentence("new", prints, new int[prints.Length]);
        // The first look reads the (empty) prints into the reader's memory.
        Assert.Empty(reader.SharingPassages([sentence], maxHolders: 5, minShared: 2).Pairs);

        // Another connection writing anything but prints (a feed ledger, new articles) does not make the reader read them again.
        writer.Write([new ArticleToStore(ArticleStoreContract.MakeArticle("other", "نص آخر لا بصمات له بعد.", "alofoq"), [])]);
        Assert.Empty(reader.SharingPassages([sentence], maxHolders: 5, minShared: 2).Pairs);
        Assert.Equal(1, reader.HeldPrintsReads);

        AssignmentRowsContract.SavePrints(writer, "s-old", new Dictionary<string, ulong[]> { ["old"] = prints });

        Assert.Equal([("new", "old", 3)], reader.SharingPassages([sentence], maxHolders: 5, minShared: 2).Pairs);
        Assert.Equal(2, reader.HeldPrintsReads);

        // The reader's own saves keep its memo: no read after them.
        reader.Write([new ArticleToStore(ArticleStoreContract.MakeArticle("mine", "نص القارئ نفسه.", "alofoq"), [])]);
        AssignmentRowsContract.SavePrints(reader, "s-mine", new Dictionary<string, ulong[]> { ["mine"] = [12, 13, 99] });
        Assert.Equal([("new", "mine", 2), ("new", "old", 3)], reader.SharingPassages([sentence], maxHolders: 5, minShared: 2).Pairs.Order());
        Assert.Equal(2, reader.HeldPrintsReads);
    }

    [Fact]
    public void Passage_prints_kept_a_row_each_by_an_older_store_are_found_the_same_after_opening()
    {
        ulong[] shared = [ulong.MaxValue - 5, 77, 78];
        using (var store = CreateStore())
        {
            store.Write([.. new[] { "a", "b" }.Select(id => new ArticleToStore(ArticleStoreContract.MakeArticle(id, "افتتح الوزير خط السكك الحديدية الجديد بين المدينتين.", "alofoq"), []))]);
            AssignmentRowsContract.SavePrints(store, "s-a", new Dictionary<string, ulong[]> { ["a"] = [.. shared, 5, 5], ["b"] = [shared[0], 6] });
        }

        var rows = Search.SearchIndexTests.Scalar(DbPath, "SELECT group_concat(print || ':' || article_seq, ' ') FROM (SELECT * FROM passage_prints ORDER BY print, article_seq)");
        Search.SearchIndexTests.Scalar(DbPath, Search.SearchIndexTests.PrintsAsBeforeMigration16 + "PRAGMA user_version = 15;");
        Assert.Equal(6L, Search.SearchIndexTests.Scalar(DbPath, "SELECT count(*) FROM passage_prints"));

        using var reopened = CreateStore();
        Assert.Equal(rows, Search.SearchIndexTests.Scalar(DbPath, "SELECT group_concat(print || ':' || article_seq, ' ') FROM (SELECT * FROM passage_prints ORDER BY print, article_seq)"));
        Assert.Equal(2L, Search.SearchIndexTests.Scalar(DbPath, "SELECT count(*) FROM passage_print_sets"));
        var found = reopened.SharingPassages([new PrintedSentence("new", shared, new int[shared.Length])], maxHolders: 5, minShared: 1);
        Assert.Equal([("new", "a", 3), ("new", "b", 1)], found.Pairs.Order());
    }

    [Fact]
    public void A_store_assigned_before_lone_articles_were_kept_gets_a_row_attached_to_none_for_each_article_with_no_link()
    {
        using (var store = CreateStore())
        {
            AssignmentRowsContract.AssignTwoLinkedAndOneAlone(store);
        }

        Search.SearchIndexTests.Scalar(DbPath, "DROP TABLE story_attachments; PRAGMA user_version = 16;");

        using var reopened = CreateStore();
        AssignmentRowsContract.AssertOnlyTheUnlinkedOneIsLone(reopened);
    }

    [Fact]
    public void A_row_of_passage_prints_that_is_not_a_list_of_integers_is_named_when_read()
    {
        using (var store = CreateStore())
        {
            store.Write([new ArticleToStore(ArticleStoreContract.MakeArticle("a", "افتتح الوزير خط السكك الحديدية الجديد بين المدينتين.", "alofoq"), [])]);
            AssignmentRowsContract.SavePrints(store, "s-a", new Dictionary<string, ulong[]> { ["a"] = [1, 2] });
        }

        Search.SearchIndexTests.Scalar(DbPath, "UPDATE passage_print_sets SET prints = '[1,two]'");

        using var reopened = CreateStore();
        var error = Assert.Throws<InvalidOperationException>(() => reopened.SharingPassages([new PrintedSentence("new", [1, 2], [0, 0])], maxHolders: 5, minShared: 1));
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a list of integers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_batch_leaves_nothing_of_itself_and_everything_before_it()
    {
        using var store = CreateStore();
        store.Write([new ArticleToStore(ArticleStoreContract.MakeArticle("before", "دفعة سابقة."), [])]);
        var broken = new ArticleToStore(ArticleStoreContract.MakeArticle("broken", "دفعة معطوبة."), [new DerivedRecord("clean", 1, null!)]);

        Assert.ThrowsAny<Exception>(() => store.Write([new ArticleToStore(ArticleStoreContract.MakeArticle("first", "أول الدفعة."), []), broken]));

        Assert.NotNull(store.Find("before"));
        Assert.Null(store.Find("first"));
        Assert.Null(store.Find("broken"));
    }

    [Fact]
    public void Refuses_a_database_from_a_newer_version()
    {
        using (var store = CreateStore())
        {
        }

        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreUnavailableException>(CreateStore);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_write_ahead_logging()
    {
        using (CreateStore())
        {
        }

        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }
}
