using Khabar.Core.Ports;
using Khabar.Storage.Postgres;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage;

/// <summary>
/// Opens the store <c>--db</c> names: a PostgreSQL database (a <c>postgres://</c> URL or an Npgsql connection string,
/// <see cref="PostgresLocation"/>) or else a SQLite file (<c>:memory:</c> for a private one).
/// </summary>
public static class StoreLocation
{
    /// <summary>Opens (creating and migrating as needed) the store for writing.</summary>
    /// <exception cref="StoreUnavailableException">It cannot be opened: the message names it and says why.</exception>
    public static IStore Open(string db) =>
        PostgresLocation.Names(db) ? PostgresStore.Open(db) : SqliteArticleStore.Open(db);

    /// <summary>Opens the store for a command that mostly reads (a SQLite file is then mapped into memory).</summary>
    public static IStore OpenForReading(string db) =>
        PostgresLocation.Names(db) ? PostgresStore.Open(db) : SqliteArticleStore.OpenForReading(db);

    /// <summary>Whether <paramref name="db"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string db) => PostgresLocation.Names(db);

    /// <summary>Whether <paramref name="db"/> names a store that exists (a PostgreSQL database is created by opening it, so always).</summary>
    public static bool Exists(string db) => PostgresLocation.Names(db) || db == ":memory:" || File.Exists(db);

    /// <summary><paramref name="db"/> as messages name it (a password left out).</summary>
    public static string Describe(string db) => PostgresLocation.Names(db) ? PostgresLocation.Redacted(db) : db;
}
