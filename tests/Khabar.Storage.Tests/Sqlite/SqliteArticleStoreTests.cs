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
