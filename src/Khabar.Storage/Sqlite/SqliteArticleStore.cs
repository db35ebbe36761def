using System.Globalization;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Microsoft.Data.Sqlite;

namespace Khabar.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (or <c>:memory:</c> for tests). Each batch is one
/// transaction, so a killed process leaves every earlier batch stored and none half-written.
/// </summary>
public sealed partial class SqliteArticleStore : IStore
{
    private const string ArticleColumns =
        "id, origin, format, title, source, url, published, raw_text, clean_text, content_hash, published_from";

    private const int ArticleColumnCount = 11;

    private readonly SqliteConnection _connection;
    private readonly string _path;
    private readonly Dictionary<string, SqliteCommand> _reused = new(StringComparer.Ordinal);

    /// <summary>
    /// Turns SQLite's count of the memory it holds off, before its first connection (else it stays on, harmlessly):
    /// with it on, every allocation of every connection takes one process-wide lock, and the server's readers on two
    /// cores wait on it. Never-asked searches at a million articles: 10-14 % more a second, three rounds interleaved
    /// (docs/web.md). Nothing in Khabar reads that count.
    /// </summary>
    static SqliteArticleStore()
    {
        SQLitePCL.Batteries_V2.Init();
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    private SqliteArticleStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>; ":memory:" for a private in-memory one.</summary>
    /// <exception cref="StoreUnavailableException">The file cannot be opened or created, is not a Khabar database,
    /// or was written by a newer Khabar.</exception>
    public static SqliteArticleStore Open(string path) => Open(path, mapped: false);

    /// <summary>
    /// As <see cref="Open(string)"/>, for a command that mostly reads (reports, the server): the file is mapped into
    /// memory (its first GiB), so a read copies nothing through the kernel (all SaudiNewsNet stories as JSON: 1.1 s
    /// less system time). The pages read then count in the process's resident size, which is why ingest runs,
    /// bounded in memory, do not map (a read command that first catches up an out-of-date store still does).
    /// </summary>
    public static SqliteArticleStore OpenForReading(string path) => Open(path, mapped: true);

    private static SqliteArticleStore Open(string path, bool mapped)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // A page cache of 32 MiB (the default is 2 MiB) holds the fingerprint and index-term tables of a large store,
            // which are written and read at random keys.
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768;");
            // The log is copied into the database (a checkpoint, with a sync of both files) every 16,384 pages (64 MiB)
            // instead of every 1,000: a bulk run writes a few hundred MB, and each checkpoint rewrites and syncs the pages
            // it holds. Ingesting SaudiNewsNet, interleaved: 75.4-76.0 s against 80.1-86.2 s, its consolidation 14.3-15.2 s
            // against 16.9-18.8 s (docs/pipeline.md). The log is cut back to that size after a checkpoint.
            Execute(connection, "PRAGMA wal_autocheckpoint = 16384; PRAGMA journal_size_limit = 67108864;");
            SqliteSchema.Migrate(connection);
            if (mapped)
            {
                Execute(connection, "PRAGMA mmap_size = 1073741824;");
            }
            else
            {
                MapSearchShards(connection); // a store opened to write; a reader searches unmapped shards whole
            }

            return new SqliteArticleStore(connection, path);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            connection.Dispose();
            var reason = e is SqliteException sqlite ? sqlite.Message.Replace("SQLite Error ", "error ", StringComparison.Ordinal) : e.Message;
            throw new StoreUnavailableException($"{path}: cannot open the database ({reason})", e);
        }
    }

    public IReadOnlyList<ArticleWrite> Write(IReadOnlyList<ArticleToStore> batch)
    {
        var results = new ArticleWrite[batch.Count];
        using var transaction = _connection.BeginTransaction();
        using var findById = Command(transaction, "SELECT content_hash FROM articles WHERE id = $id", "$id");
        using var findByHash = Command(transaction, "SELECT id FROM articles WHERE content_hash = $hash ORDER BY seq LIMIT 1", "$hash");
        using var insert = Command(
            transaction,
            $"INSERT INTO articles ({ArticleColumns}, duplicate_of) VALUES ($id, $origin, $format, $title, $source, $url, $published, $raw, $clean, $hash, $from, $dup) RETURNING seq",
            "$id", "$origin", "$format", "$title", "$source", "$url", "$published", "$raw", "$clean", "$hash", "$from", "$dup");
        using var insertDerived = Command(
            transaction,
            "INSERT OR REPLACE INTO derived (article_seq, kind, version, payload) VALUES ($seq, $kind, $version, $payload)",
            "$seq", "$kind", "$version", "$payload");
        using var indexer = new SentenceIndexer(this, transaction);

        for (var i = 0; i < batch.Count; i++)
        {
            var (article, derived, search) = batch[i];
            var id = FreeId(findById, article.Id, article.ContentHash);
            if (id is null)
            {
                results[i] = new ArticleWrite(article.Id, WriteOutcome.AlreadyStored, null);
                continue;
            }

            findByHash.Parameters["$hash"].Value = article.ContentHash;
            var duplicateOf = findByHash.ExecuteScalar() as string;

            Bind(insert, article with { Id = id }, duplicateOf);
            var seq = (long)insert.ExecuteScalar()!;
            foreach (var record in derived)
            {
                BindDerived(insertDerived, seq, record);
                insertDerived.ExecuteNonQuery();
            }

            if (search is not null)
            {
                indexer.Add(seq, search); // a new seq (AUTOINCREMENT never gives one twice): nothing indexed to replace
            }

            var outcome = duplicateOf is not null ? WriteOutcome.StoredAsDuplicate
                : id != article.Id ? WriteOutcome.StoredRenamed
                : WriteOutcome.Stored;
            results[i] = new ArticleWrite(id, outcome, duplicateOf);
        }

        indexer.Complete();
        transaction.Commit();
        indexer.Committed();
        return results;
    }

    public void Rederive(IReadOnlyList<ArticleToStore> articles)
    {
        using var transaction = _connection.BeginTransaction();
        using (var touched = Command(transaction, "CREATE TEMP TABLE IF NOT EXISTS touched_hashes (hash TEXT PRIMARY KEY); DELETE FROM touched_hashes;"))
        {
            touched.ExecuteNonQuery();
        }

        // Only articles with an old or a new hash of this batch can change what they duplicate.
        using var touch = Command(transaction, "INSERT OR IGNORE INTO touched_hashes (hash) SELECT content_hash FROM articles WHERE id = $id UNION SELECT $hash", "$id", "$hash");
        using var update = Command(
            transaction,
            "UPDATE articles SET title = $title, clean_text = $clean, content_hash = $hash, published = $published, published_from = $from WHERE id = $id RETURNING seq",
            "$id", "$title", "$clean", "$hash", "$published", "$from");
        using var insertDerived = Command(
            transaction,
            "INSERT OR REPLACE INTO derived (article_seq, kind, version, payload) VALUES ($seq, $kind, $version, $payload)",
            "$seq", "$kind", "$version", "$payload");
        using var indexer = new SentenceIndexer(this, transaction);
        foreach (var (article, derived, search) in articles)
        {
            touch.Parameters["$id"].Value = article.Id;
            touch.Parameters["$hash"].Value = article.ContentHash;
            touch.ExecuteNonQuery();
            var p = update.Parameters;
            p["$id"].Value = article.Id;
            p["$title"].Value = (object?)article.Title ?? DBNull.Value;
            p["$clean"].Value = article.CleanText;
            p["$hash"].Value = article.ContentHash;
            p["$published"].Value = Iso(article.Published);
            p["$from"].Value = article.PublishedFrom == PublishedFrom.Unknown ? DBNull.Value : article.PublishedFrom.ToString();
            if (update.ExecuteScalar() is not long seq)
            {
                throw new InvalidOperationException($"article {article.Id} is not stored: nothing to derive again");
            }

            indexer.Remove(seq);
            if (search is not null)
            {
                indexer.Add(seq, search);
            }

            foreach (var record in derived)
            {
                BindDerived(insertDerived, seq, record);
                insertDerived.ExecuteNonQuery();
            }
        }

        using var duplicates = Command(transaction, """
            UPDATE articles SET duplicate_of = (
                SELECT b.id FROM articles b WHERE b.content_hash = articles.content_hash AND b.seq < articles.seq ORDER BY b.seq LIMIT 1)
            WHERE content_hash IN (SELECT hash FROM touched_hashes)
            """);
        duplicates.ExecuteNonQuery();
        indexer.Complete();
        transaction.Commit();
        indexer.Committed();
    }

    public void PutDerived(IReadOnlyList<(string ArticleId, DerivedRecord Record)> records)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = Command(
            transaction,
            "INSERT OR REPLACE INTO derived (article_seq, kind, version, payload) SELECT seq, $kind, $version, $payload FROM articles WHERE id = $id",
            "$id", "$kind", "$version", "$payload");
        foreach (var (articleId, record) in records)
        {
            insert.Parameters["$id"].Value = articleId;
            insert.Parameters["$kind"].Value = record.Kind;
            insert.Parameters["$version"].Value = record.Version;
            insert.Parameters["$payload"].Value = record.Payload;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public byte[]? GetDerived(string articleId, string kind, int version)
    {
        using var command = Command(
            null,
            "SELECT d.payload FROM derived d JOIN articles a ON a.seq = d.article_seq WHERE a.id = $id AND d.kind = $kind AND d.version = $version",
            "$id", "$kind", "$version");
        command.Parameters["$id"].Value = articleId;
        command.Parameters["$kind"].Value = kind;
        command.Parameters["$version"].Value = version;
        return command.ExecuteScalar() as byte[];
    }

    public IReadOnlyList<string> Stale(string kind, int version)
    {
        // An article has at most one record of a kind, and every record's article exists (a foreign key): as many
        // current records as articles means none is stale, and the counts read two small indexes.
        var upToDate = Reused(
            "SELECT (SELECT count(*) FROM articles) = (SELECT count(*) FROM derived WHERE kind = $kind AND version = $version)",
            "$kind", "$version");
        upToDate.Parameters["$kind"].Value = kind;
        upToDate.Parameters["$version"].Value = version;
        if (upToDate.ExecuteScalar() is 1L)
        {
            return [];
        }

        using var command = Command(
            null,
            """
            SELECT a.id FROM articles a WHERE a.seq IN (SELECT s.seq FROM articles s
                WHERE NOT EXISTS (SELECT 1 FROM derived d WHERE d.article_seq = s.seq AND d.kind = $kind AND d.version = $version))
            ORDER BY a.seq
            """,
            "$kind", "$version");
        command.Parameters["$kind"].Value = kind;
        command.Parameters["$version"].Value = version;
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public IReadOnlySet<string> AlreadyStored(IReadOnlyList<(string Id, string RawText)> articles)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var command = Reused("SELECT raw_text FROM articles WHERE id = $id", "$id");
        foreach (var (id, rawText) in articles)
        {
            command.Parameters["$id"].Value = id;
            if (command.ExecuteScalar() is string existing && existing == rawText)
            {
                stored.Add(id);
            }
        }

        return stored;
    }

    public Article? Find(string id)
    {
        var command = Reused($"SELECT {ArticleColumns} FROM articles WHERE id = $id", "$id");
        command.Parameters["$id"].Value = id;
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadArticle(reader) : null;
    }

    public IEnumerable<Article> Articles()
    {
        using var command = Command(null, $"SELECT {ArticleColumns} FROM articles ORDER BY seq");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadArticle(reader);
        }
    }

    public IEnumerable<StoredArticle> ArticlesWith(IReadOnlyList<(string Kind, int Version)> derived)
    {
        var joins = string.Concat(derived.Select((_, i) =>
            $" LEFT JOIN derived d{i} ON d{i}.article_seq = a.seq AND d{i}.kind = $k{i} AND d{i}.version = $v{i}"));
        var payloads = string.Concat(derived.Select((_, i) => $", d{i}.payload"));
        using var command = Command(null, $"SELECT {Prefixed("a.")}, a.duplicate_of{payloads} FROM articles a{joins} ORDER BY a.seq");
        for (var i = 0; i < derived.Count; i++)
        {
            command.Parameters.AddWithValue($"$k{i}", derived[i].Kind);
            command.Parameters.AddWithValue($"$v{i}", derived[i].Version);
        }

        using var reader = command.ExecuteReader();
        var first = ArticleColumnCount + 1;
        while (reader.Read())
        {
            var records = new byte[]?[derived.Count];
            for (var i = 0; i < records.Length; i++)
            {
                records[i] = reader.IsDBNull(first + i) ? null : (byte[])reader.GetValue(first + i);
            }

            yield return new StoredArticle(ReadArticle(reader), reader.IsDBNull(first - 1) ? null : reader.GetString(first - 1), records);
        }
    }

    public string? DuplicateOf(string id)
    {
        var command = Reused("SELECT duplicate_of FROM articles WHERE id = $id", "$id");
        command.Parameters["$id"].Value = id;
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// Pages this connection has read from the file since it opened (SQLite's cache misses; a page read through the
    /// memory map is not one): for benchmarks, what a query costs in reads.
    /// </summary>
    public long PagesRead()
    {
        SQLitePCL.raw.sqlite3_db_status(_connection.Handle, SQLitePCL.raw.SQLITE_DBSTATUS_CACHE_MISS, out var current, out _, 0);
        return current;
    }

    /// <summary>
    /// A number that changes whenever another connection commits a change to the database (SQLite's
    /// <c>PRAGMA data_version</c>): a reader keeps what it read until it does.
    /// </summary>
    public long DataVersion() => (long)Reused("PRAGMA data_version").ExecuteScalar()!;

    public long Count()
    {
        var command = Reused("SELECT COUNT(*) FROM articles");
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The open connection, for copying a store's tables as they are (<see cref="StoreCopy"/>).</summary>
    internal SqliteConnection Connection => _connection;

    /// <summary>
    /// A lock on a file beside the database (<c>FILE.lock</c>, an advisory lock the system releases when the process
    /// ends), waited for while another process holds it; nothing to hold for a private in-memory store.
    /// </summary>
    public IDisposable Exclusive(StoreRole role)
    {
        if (_path == ":memory:")
        {
            return new Lease(() => { });
        }

        var lockPath = $"{_path}.{role.ToString().ToLowerInvariant()}.lock";
        while (true)
        {
            try
            {
                var held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Lease(held.Dispose);
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>Always granted: SQLite's writers take turns on the file anyway, and a story consolidated twice is only work done twice.</summary>
    public IDisposable? TryClaim(StoreRole role, string key) => new Lease(() => { });

    public void Dispose()
    {
        foreach (var command in _reused.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    /// <summary>
    /// The id to store an article under: its own when free, else the first free <c>id-2</c>, <c>id-3</c>...;
    /// null when that id (or a suffixed one) already holds the same content, i.e. this is a re-ingest.
    /// </summary>
    private static string? FreeId(SqliteCommand findById, string id, string contentHash)
    {
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
            findById.Parameters["$id"].Value = candidate;
            switch (findById.ExecuteScalar())
            {
                case null:
                    return candidate;
                case string hash when hash == contentHash:
                    return null;
            }
        }
    }

    private static void Bind(SqliteCommand insert, Article article, string? duplicateOf)
    {
        var p = insert.Parameters;
        p["$id"].Value = article.Id;
        p["$origin"].Value = article.Origin;
        p["$format"].Value = article.Format;
        p["$title"].Value = (object?)article.Title ?? DBNull.Value;
        p["$source"].Value = (object?)article.Source ?? DBNull.Value;
        p["$url"].Value = (object?)article.Url ?? DBNull.Value;
        p["$published"].Value = article.Published is { } published
            ? published.ToString("O", CultureInfo.InvariantCulture)
            : DBNull.Value;
        p["$raw"].Value = article.RawText;
        p["$clean"].Value = article.CleanText;
        p["$hash"].Value = article.ContentHash;
        p["$from"].Value = article.PublishedFrom == PublishedFrom.Unknown ? DBNull.Value : article.PublishedFrom.ToString();
        p["$dup"].Value = (object?)duplicateOf ?? DBNull.Value;
    }

    private static void BindDerived(SqliteCommand insert, long seq, DerivedRecord record)
    {
        insert.Parameters["$seq"].Value = seq;
        insert.Parameters["$kind"].Value = record.Kind;
        insert.Parameters["$version"].Value = record.Version;
        insert.Parameters["$payload"].Value = record.Payload;
    }

    private static Article ReadArticle(SqliteDataReader reader) => StoreRows.Article(reader);

    /// <summary>
    /// A command prepared once and kept for the life of the store (the hot reads run it thousands of times). Only
    /// for statements run outside a transaction, one reader at a time; the store disposes it.
    /// </summary>
    private SqliteCommand Reused(string sql, params string[] parameters)
    {
        if (!_reused.TryGetValue(sql, out var command))
        {
            command = Command(null, sql, parameters);
            command.Prepare();
            _reused[sql] = command;
        }

        return command;
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
