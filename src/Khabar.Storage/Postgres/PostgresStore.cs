using System.Globalization;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Search;
using Npgsql;
using NpgsqlTypes;

namespace Khabar.Storage.Postgres;

/// <summary>
/// The store on PostgreSQL, for a newsroom that scales out: the same ports as the SQLite store over the same tables
/// (<see cref="PostgresSchema"/>), one connection per store object. Each batch is one transaction. Several processes
/// may write at once: articles of the same content are written one at a time (an advisory lock per content hash,
/// taken in hash order), so exact duplicates are marked as in a single process; a batch that meets a deadlock is
/// written again from the start.
/// </summary>
public sealed partial class PostgresStore : IStore
{
    private const string ArticleColumns =
        "id, origin, format, title, source, url, published, raw_text, clean_text, content_hash, published_from";

    private const int ArticleColumnCount = 11;

    /// <summary>The first key of the advisory locks taken per content hash while writing.</summary>
    private const int ContentLock = 0x4b68_0002;

    /// <summary>The first key of the advisory locks of <see cref="StoreRole"/>s (plus the role's number).</summary>
    private const int RoleLock = 0x4b68_0100;

    private readonly NpgsqlConnection _connection;
    private readonly string _connectionString;
    private readonly string _name;

    private PostgresStore(NpgsqlConnection connection, string connectionString, string name)
    {
        _connection = connection;
        _connectionString = connectionString;
        _name = name;
    }

    /// <summary>Opens (migrating as needed) the database <paramref name="db"/> names: a postgres:// URL or a connection string.</summary>
    /// <exception cref="StoreUnavailableException">The server cannot be reached, refuses the login, or the database
    /// was written by a newer Khabar.</exception>
    public static PostgresStore Open(string db)
    {
        var name = PostgresLocation.Redacted(db);
        var connectionString = PostgresLocation.ConnectionString(db);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            PostgresSchema.Migrate(connection);
            return new PostgresStore(connection, connectionString, name);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            connection.Dispose();
            throw new StoreUnavailableException($"{name}: cannot open the database ({e.Message})", e);
        }
    }

    public override string ToString() => _name;

    /// <summary>The open connection, for copying a store's tables as they are (<see cref="StoreCopy"/>).</summary>
    internal NpgsqlConnection Connection => _connection;

    public IReadOnlyList<ArticleWrite> Write(IReadOnlyList<ArticleToStore> batch) => Retrying(() => WriteOnce(batch));

    private ArticleWrite[] WriteOnce(IReadOnlyList<ArticleToStore> batch)
    {
        foreach (var (article, _, _) in batch)
        {
            RefuseNul(article);
        }

        var results = new ArticleWrite[batch.Count];
        using var transaction = _connection.BeginTransaction();
        LockHashes(transaction, batch.Select(a => a.Article.ContentHash));

        using var findById = Command(transaction, "SELECT content_hash FROM articles WHERE id = @id");
        var findId = findById.Parameters.Add("id", NpgsqlDbType.Text);
        using var findByHash = Command(transaction, "SELECT id FROM articles WHERE content_hash = @hash ORDER BY seq LIMIT 1");
        var findHash = findByHash.Parameters.Add("hash", NpgsqlDbType.Text);
        using var insert = Command(transaction, $"""
            INSERT INTO articles ({ArticleColumns}, duplicate_of)
            VALUES (@id, @origin, @format, @title, @source, @url, @published, @raw, @clean, @hash, @from, @dup)
            ON CONFLICT (id) DO NOTHING RETURNING seq
            """);
        foreach (var name in new[] { "id", "origin", "format", "title", "source", "url", "published", "raw", "clean", "hash", "from", "dup" })
        {
            insert.Parameters.Add(name, NpgsqlDbType.Text);
        }

        var toIndex = new List<(long, IReadOnlyList<IndexedSentence>)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (article, derived, search) = batch[i];
            findHash.Value = article.ContentHash;
            var duplicateOf = findByHash.ExecuteScalar() as string;
            ArticleWrite? written = null;
            for (var n = 1; written is null; n++)
            {
                var candidate = n == 1 ? article.Id : string.Create(CultureInfo.InvariantCulture, $"{article.Id}-{n}");
                findId.Value = candidate;
                switch (findById.ExecuteScalar())
                {
                    case string hash when hash == article.ContentHash:
                        written = new ArticleWrite(article.Id, WriteOutcome.AlreadyStored, null);
                        continue;
                    case string:
                        continue;
                }

                Bind(insert, article with { Id = candidate }, duplicateOf);
                if (insert.ExecuteScalar() is not long seq)
                {
                    n--; // another writer took this id meanwhile: look at what it holds
                    continue;
                }

                PutDerived(transaction, seq, derived);
                if (search is not null)
                {
                    toIndex.Add((seq, search));
                }

                var outcome = duplicateOf is not null ? WriteOutcome.StoredAsDuplicate
                    : candidate != article.Id ? WriteOutcome.StoredRenamed
                    : WriteOutcome.Stored;
                written = new ArticleWrite(candidate, outcome, duplicateOf);
            }

            results[i] = written.Value;
        }

        IndexSentences(transaction, toIndex);
        transaction.Commit();
        return results;
    }

    public void Rederive(IReadOnlyList<ArticleToStore> articles) => Retrying(() =>
    {
        foreach (var (article, _, _) in articles)
        {
            RefuseNul(article);
        }

        using var transaction = _connection.BeginTransaction();
        // The old and new hashes locked as Write locks them: an article of either content stored meanwhile by another
        // worker would be marked against marks about to change.
        using (var olds = Command(transaction, "SELECT content_hash FROM articles WHERE id = ANY (@ids)"))
        {
            olds.Parameters.AddWithValue("ids", articles.Select(a => a.Article.Id).ToArray());
            LockHashes(transaction, ReadStrings(olds).Concat(articles.Select(a => a.Article.ContentHash)));
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        using var oldHash = Command(transaction, "SELECT content_hash FROM articles WHERE id = @id");
        var oldId = oldHash.Parameters.Add("id", NpgsqlDbType.Text);
        using var update = Command(transaction, "UPDATE articles SET title = @title, clean_text = @clean, content_hash = @hash, published = @published, published_from = @from WHERE id = @id RETURNING seq");
        foreach (var name in new[] { "id", "title", "clean", "hash", "published", "from" })
        {
            update.Parameters.Add(name, NpgsqlDbType.Text);
        }

        var toIndex = new List<(long, IReadOnlyList<IndexedSentence>)>();
        foreach (var (article, derived, search) in articles)
        {
            oldId.Value = article.Id;
            if (oldHash.ExecuteScalar() is string old)
            {
                touched.Add(old);
            }

            touched.Add(article.ContentHash);
            var p = update.Parameters;
            p["id"].Value = article.Id;
            p["title"].Value = (object?)article.Title ?? DBNull.Value;
            p["clean"].Value = article.CleanText;
            p["hash"].Value = article.ContentHash;
            p["published"].Value = Iso(article.Published);
            p["from"].Value = article.PublishedFrom == PublishedFrom.Unknown ? DBNull.Value : article.PublishedFrom.ToString();
            if (update.ExecuteScalar() is not long seq)
            {
                throw new InvalidOperationException($"article {article.Id} is not stored: nothing to derive again");
            }

            Unindex(transaction, seq);
            PutDerived(transaction, seq, derived);
            if (search is not null)
            {
                toIndex.Add((seq, search));
            }
        }

        IndexSentences(transaction, toIndex);

        using var duplicates = Command(transaction, """
            UPDATE articles a SET duplicate_of = (
                SELECT b.id FROM articles b WHERE b.content_hash = a.content_hash AND b.seq < a.seq ORDER BY b.seq LIMIT 1)
            WHERE a.content_hash = ANY (@hashes)
            """);
        duplicates.Parameters.AddWithValue("hashes", touched.ToArray());
        duplicates.ExecuteNonQuery();
        transaction.Commit();
        return 0;
    });

    public void PutDerived(IReadOnlyList<(string ArticleId, DerivedRecord Record)> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        Retrying(() =>
        {
            using var transaction = _connection.BeginTransaction();
            using var insert = Command(transaction, """
                INSERT INTO derived (article_seq, kind, version, payload)
                SELECT a.seq, r.kind, r.version, r.payload FROM unnest(@ids, @kinds, @versions, @payloads) AS r (id, kind, version, payload)
                JOIN articles a ON a.id = r.id
                ON CONFLICT (article_seq, kind) DO UPDATE SET version = excluded.version, payload = excluded.payload
                """);
            insert.Parameters.AddWithValue("ids", records.Select(r => r.ArticleId).ToArray());
            insert.Parameters.AddWithValue("kinds", records.Select(r => r.Record.Kind).ToArray());
            insert.Parameters.AddWithValue("versions", records.Select(r => r.Record.Version).ToArray());
            insert.Parameters.AddWithValue("payloads", records.Select(r => r.Record.Payload).ToArray());
            insert.ExecuteNonQuery();
            transaction.Commit();
            return 0;
        });
    }

    public byte[]? GetDerived(string articleId, string kind, int version)
    {
        using var command = Command(null, "SELECT d.payload FROM derived d JOIN articles a ON a.seq = d.article_seq WHERE a.id = @id AND d.kind = @kind AND d.version = @version");
        command.Parameters.AddWithValue("id", articleId);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("version", version);
        return command.ExecuteScalar() as byte[];
    }

    public IReadOnlyList<string> Stale(string kind, int version)
    {
        using var command = Command(null, """
            SELECT a.id FROM articles a LEFT JOIN derived d ON d.article_seq = a.seq AND d.kind = @kind AND d.version = @version
            WHERE d.article_seq IS NULL ORDER BY a.seq
            """);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("version", version);
        return ReadStrings(command);
    }

    public IReadOnlySet<string> AlreadyStored(IReadOnlyList<(string Id, string RawText)> articles)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (articles.Count == 0)
        {
            return stored;
        }

        using var command = Command(null, """
            SELECT a.id FROM unnest(@ids, @raws) AS q (id, raw) JOIN articles a ON a.id = q.id AND a.raw_text = q.raw
            """);
        // (Text holding U+0000 cannot be stored here, so it is not stored.)
        var asked = articles.Where(a => !a.RawText.Contains('\0', StringComparison.Ordinal)).ToList();
        command.Parameters.AddWithValue("ids", asked.Select(a => a.Id).ToArray());
        command.Parameters.AddWithValue("raws", asked.Select(a => a.RawText).ToArray());
        stored.UnionWith(ReadStrings(command));
        return stored;
    }

    public Article? Find(string id)
    {
        using var command = Command(null, $"SELECT {ArticleColumns} FROM articles WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadArticle(reader) : null;
    }

    public IEnumerable<Article> Articles() => ArticlesWith([]).Select(a => a.Article);

    public IEnumerable<StoredArticle> ArticlesWith(IReadOnlyList<(string Kind, int Version)> derived)
    {
        // Read in pages of the store order on a connection of its own: a caller may write to the store while it reads
        // (the refresh does), and one connection cannot run a command while a reader is open on it.
        var joins = string.Concat(derived.Select((_, i) =>
            $" LEFT JOIN derived d{i} ON d{i}.article_seq = a.seq AND d{i}.kind = @k{i} AND d{i}.version = @v{i}"));
        var payloads = string.Concat(derived.Select((_, i) => $", d{i}.payload"));
        const int Page = 1000;
        var after = 0L;
        while (true)
        {
            var page = new List<(long Seq, StoredArticle Article)>(Page);
            using (var command = Command(null, $"SELECT {Prefixed("a.")}, a.duplicate_of{payloads}, a.seq FROM articles a{joins} WHERE a.seq > @after ORDER BY a.seq LIMIT {Page}"))
            {
                for (var i = 0; i < derived.Count; i++)
                {
                    command.Parameters.AddWithValue($"k{i}", derived[i].Kind);
                    command.Parameters.AddWithValue($"v{i}", derived[i].Version);
                }

                command.Parameters.AddWithValue("after", after);
                using var reader = command.ExecuteReader();
                var first = ArticleColumnCount + 1;
                while (reader.Read())
                {
                    var records = new byte[]?[derived.Count];
                    for (var i = 0; i < records.Length; i++)
                    {
                        records[i] = reader.IsDBNull(first + i) ? null : (byte[])reader.GetValue(first + i);
                    }

                    page.Add((reader.GetInt64(first + derived.Count), new StoredArticle(ReadArticle(reader), reader.IsDBNull(first - 1) ? null : reader.GetString(first - 1), records)));
                }
            }

            foreach (var (_, article) in page)
            {
                yield return article;
            }

            if (page.Count < Page)
            {
                yield break;
            }

            after = page[^1].Seq;
        }
    }

    public string? DuplicateOf(string id)
    {
        using var command = Command(null, "SELECT duplicate_of FROM articles WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() as string;
    }

    public long Count()
    {
        using var command = Command(null, "SELECT count(*) FROM articles");
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// A number that changes whenever a transaction that wrote commits (or begins): the current snapshot of the
    /// server, hashed. A reader keeps what it read until it changes; another database's writes on the same server
    /// change it too, which only costs a reader its cache.
    /// </summary>
    public long DataVersion()
    {
        using var command = Command(null, "SELECT pg_current_snapshot()::text");
        var snapshot = (string)command.ExecuteScalar()!;
        var hash = 14695981039346656037UL; // FNV-1a
        foreach (var c in snapshot)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return unchecked((long)hash);
    }

    /// <summary>
    /// A session advisory lock on a connection of its own, held until disposed: PostgreSQL releases it when the
    /// connection ends, so a worker killed while assigning hands the role to the next one waiting.
    /// </summary>
    public IDisposable Exclusive(StoreRole role)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@ns, hashtext(current_schema()))", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("ns", RoleLock + (int)role);
            command.ExecuteNonQuery();
            return new Lease(connection.Dispose);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw new StoreUnavailableException($"{_name}: cannot take the {role.ToString().ToLowerInvariant()} role ({e.Message})", e);
        }
    }

    public IDisposable? TryClaim(StoreRole role, string key)
    {
        using var command = Command(null, "SELECT pg_try_advisory_lock(@ns, hashtext(current_schema() || '/' || @key))");
        command.Parameters.AddWithValue("ns", RoleLock + (int)role);
        command.Parameters.AddWithValue("key", key);
        if (!(bool)command.ExecuteScalar()!)
        {
            return null;
        }

        return new Lease(() =>
        {
            if (_connection.State != System.Data.ConnectionState.Open)
            {
                return; // the connection is gone, and its session's locks with it
            }

            using var unlock = Command(null, "SELECT pg_advisory_unlock(@ns, hashtext(current_schema() || '/' || @key))");
            unlock.Parameters.AddWithValue("ns", RoleLock + (int)role);
            unlock.Parameters.AddWithValue("key", key);
            unlock.ExecuteNonQuery();
        });
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Takes the transaction's advisory locks on content hashes, in one order for every writer (no deadlock between them).</summary>
    private void LockHashes(NpgsqlTransaction transaction, IEnumerable<string> hashes)
    {
        using var command = Command(transaction, "SELECT pg_advisory_xact_lock(@ns, hashtext(h)) FROM (SELECT DISTINCT unnest(@hashes) AS h ORDER BY 1) x");
        command.Parameters.AddWithValue("ns", ContentLock);
        command.Parameters.AddWithValue("hashes", hashes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        command.ExecuteNonQuery();
    }

    private void PutDerived(NpgsqlTransaction transaction, long seq, IReadOnlyList<DerivedRecord> derived)
    {
        if (derived.Count == 0)
        {
            return;
        }

        using var insert = Command(transaction, """
            INSERT INTO derived (article_seq, kind, version, payload)
            SELECT @seq, r.kind, r.version, r.payload FROM unnest(@kinds, @versions, @payloads) AS r (kind, version, payload)
            ON CONFLICT (article_seq, kind) DO UPDATE SET version = excluded.version, payload = excluded.payload
            """);
        insert.Parameters.AddWithValue("seq", seq);
        insert.Parameters.AddWithValue("kinds", derived.Select(r => r.Kind).ToArray());
        insert.Parameters.AddWithValue("versions", derived.Select(r => r.Version).ToArray());
        insert.Parameters.AddWithValue("payloads", derived.Select(r => r.Payload).ToArray());
        insert.ExecuteNonQuery();
    }

    /// <summary>PostgreSQL's text cannot hold U+0000: such an article is refused by name rather than stored altered.</summary>
    private static void RefuseNul(Article article)
    {
        if (article.RawText.Contains('\0', StringComparison.Ordinal) || article.CleanText.Contains('\0', StringComparison.Ordinal)
            || (article.Title?.Contains('\0', StringComparison.Ordinal) ?? false))
        {
            throw new ArgumentException($"article {article.Id} ({article.Origin}): holds a NUL character (U+0000), which PostgreSQL cannot store");
        }
    }

    private static void Bind(NpgsqlCommand insert, Article article, string? duplicateOf)
    {
        var p = insert.Parameters;
        p["id"].Value = article.Id;
        p["origin"].Value = article.Origin;
        p["format"].Value = article.Format;
        p["title"].Value = (object?)article.Title ?? DBNull.Value;
        p["source"].Value = (object?)article.Source ?? DBNull.Value;
        p["url"].Value = (object?)article.Url ?? DBNull.Value;
        p["published"].Value = Iso(article.Published);
        p["raw"].Value = article.RawText;
        p["clean"].Value = article.CleanText;
        p["hash"].Value = article.ContentHash;
        p["from"].Value = article.PublishedFrom == PublishedFrom.Unknown ? DBNull.Value : article.PublishedFrom.ToString();
        p["dup"].Value = (object?)duplicateOf ?? DBNull.Value;
    }

    private static Article ReadArticle(NpgsqlDataReader reader) => StoreRows.Article(reader);

    private static object Iso(DateTimeOffset? time) => StoreRows.Iso(time);

    /// <summary>The article columns in <see cref="ReadArticle"/>'s order; without raw text, an empty one in its place.</summary>
    private static string Prefixed(string prefix, bool withRawText = true) =>
        string.Join(", ", ArticleColumns.Split(", ").Select(c => withRawText || c != "raw_text" ? prefix + c : "'' AS raw_text"));

    private NpgsqlCommand Command(NpgsqlTransaction? transaction, string sql) => new(sql, _connection, transaction);

    private static List<string> ReadStrings(NpgsqlCommand command) => StoreRows.Strings(command);

    /// <summary>
    /// Runs a write transaction, again from the start when the server aborted it to break a deadlock with another
    /// writer or to keep transactions serializable (up to five times).
    /// </summary>
    private T Retrying<T>(Func<T> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return write();
            }
            catch (PostgresException e) when (attempt < 5 && e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(20 * attempt * Random.Shared.Next(1, 4)));
            }
        }
    }
}
