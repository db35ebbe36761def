using Khabar.Core.Ports;
using Khabar.Storage.Postgres;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests;

/// <summary>
/// The stores the storage tests run on: SQLite (in memory) always, and PostgreSQL when <c>KHABAR_TEST_PG</c> holds a
/// connection string to a server the tests may create schemas on (<c>.ci/run</c> starts one). Each PostgreSQL store
/// is a schema of its own, so tests run side by side.
/// </summary>
public static class TestStores
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>The server's connection string, or null when the PostgreSQL runs are not asked for.</summary>
    public static string? PostgresServer => Khabar.Tests.TestDatabases.Server;

    /// <summary>Every store kind to run on, as theory data.</summary>
    public static TheoryData<string> Kinds => [.. KindNames];

    /// <summary>SQLite, and PostgreSQL when a server is named or required (KHABAR_REQUIRE_POSTGRES: then its absence fails).</summary>
    private static IEnumerable<string> KindNames =>
        PostgresServer is null && Environment.GetEnvironmentVariable("KHABAR_REQUIRE_POSTGRES") is not { Length: > 0 } ? [Sqlite] : [Sqlite, Postgres];

    /// <summary>Every store kind with each of <paramref name="values"/>, as theory data.</summary>
    public static TheoryData<string, T> KindsWith<T>(params T[] values)
    {
        var data = new TheoryData<string, T>();
        foreach (var kind in KindNames)
        {
            foreach (var value in values)
            {
                data.Add(kind, value);
            }
        }

        return data;
    }

    public static TheoryData<string, int> KindsWithNumbers(int first, int second) => KindsWith(first, second);

    public static TheoryData<string, string> KindsWithNames(string first, string second) => KindsWith(first, second);

    /// <summary>A new empty store of <paramref name="kind"/>.</summary>
    public static IStore Open(string kind) => kind switch
    {
        Sqlite => SqliteArticleStore.Open(":memory:"),
        Postgres => PostgresStore.Open(NewDatabase()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such store kind"),
    };

    /// <summary>A connection string to a new empty schema on the test server (for tests that open it several times).</summary>
    public static string NewDatabase() => Khabar.Tests.TestDatabases.NewDatabase();
}
