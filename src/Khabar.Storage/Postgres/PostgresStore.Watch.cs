using System.Globalization;
using Khabar.Core.Ports;
using Khabar.Core.Watch;
using Npgsql;

namespace Khabar.Storage.Postgres;

/// <summary>What <c>khabar watch</c> has read (<see cref="IWatchLedger"/>), as in the SQLite store.</summary>
public sealed partial class PostgresStore
{
    public IReadOnlyDictionary<string, FileStamp> FilesRead(string folder)
    {
        // Every path under the folder: from "folder/" up to (not including) "folder0", '0' following '/'.
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        using var command = Command(null, "SELECT path, length, modified FROM watch_files WHERE path >= @from AND path < @to");
        command.Parameters.AddWithValue("from", prefix);
        command.Parameters.AddWithValue("to", prefix[..^1] + (char)(prefix[^1] + 1));
        using var reader = command.ExecuteReader();
        var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        while (reader.Read())
        {
            files[reader.GetString(0)] = new FileStamp(reader.GetInt64(1), reader.GetInt64(2));
        }

        return files;
    }

    public void RecordFiles(IReadOnlyList<(string Path, FileStamp Stamp)> files)
    {
        if (files.Count == 0)
        {
            return;
        }

        Retrying(() =>
        {
            var latest = files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            using var upsert = Command(null, """
                INSERT INTO watch_files (path, length, modified) SELECT * FROM unnest(@paths, @lengths, @modified)
                ON CONFLICT (path) DO UPDATE SET length = excluded.length, modified = excluded.modified
                """);
            upsert.Parameters.AddWithValue("paths", latest.Select(f => f.Path).ToArray());
            upsert.Parameters.AddWithValue("lengths", latest.Select(f => f.Stamp.Length).ToArray());
            upsert.Parameters.AddWithValue("modified", latest.Select(f => f.Stamp.ModifiedTicks).ToArray());
            upsert.ExecuteNonQuery();
            return 0;
        });
    }

    public FeedState? Feed(string url)
    {
        using var command = Command(null, "SELECT etag, last_modified, polled_at, failures, last_error, retry_at FROM watch_feeds WHERE url = @url");
        command.Parameters.AddWithValue("url", url);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new FeedState(url, NullableString(reader, 0), NullableString(reader, 1), Time(reader, 2), reader.GetInt32(3), NullableString(reader, 4), Time(reader, 5))
            : null;
    }

    public int RecordPoll(string url, FeedPoll poll, IReadOnlyList<FeedEntry> entries) => Retrying(() =>
    {
        using var transaction = _connection.BeginTransaction();
        using (var feed = Command(transaction, """
            INSERT INTO watch_feeds (url, etag, last_modified, polled_at, failures, last_error, retry_at) VALUES (@url, @etag, @modified, @at, 0, NULL, @next)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, polled_at = excluded.polled_at,
                failures = 0, last_error = NULL, retry_at = excluded.retry_at
            """))
        {
            feed.Parameters.AddWithValue("url", url);
            feed.Parameters.AddWithValue("etag", NpgsqlTypes.NpgsqlDbType.Text, (object?)poll.ETag ?? DBNull.Value);
            feed.Parameters.AddWithValue("modified", NpgsqlTypes.NpgsqlDbType.Text, (object?)poll.LastModified ?? DBNull.Value);
            feed.Parameters.AddWithValue("at", Stamp(poll.At));
            feed.Parameters.AddWithValue("next", NpgsqlTypes.NpgsqlDbType.Text, poll.NotBefore is { } next ? Stamp(next) : DBNull.Value);
            feed.ExecuteNonQuery();
        }

        var added = 0;
        using var insert = Command(transaction, """
            INSERT INTO watch_items (feed, key, link, title, published, html, feed_title, due) VALUES (@feed, @key, @link, @title, @published, @html, @feedTitle, @due)
            ON CONFLICT (feed, key) DO NOTHING
            """);
        foreach (var name in new[] { "feed", "key", "link", "title", "published", "html", "feedTitle", "due" })
        {
            insert.Parameters.Add(name, NpgsqlTypes.NpgsqlDbType.Text);
        }

        foreach (var entry in entries)
        {
            var p = insert.Parameters;
            p["feed"].Value = url;
            p["key"].Value = entry.Key;
            p["link"].Value = (object?)entry.Link ?? DBNull.Value;
            p["title"].Value = (object?)entry.Title ?? DBNull.Value;
            p["published"].Value = entry.Published is { } published ? Stamp(published) : DBNull.Value;
            p["html"].Value = (object?)entry.Html ?? DBNull.Value;
            p["feedTitle"].Value = (object?)entry.FeedTitle ?? DBNull.Value;
            p["due"].Value = Stamp(poll.At);
            added += insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return added;
    });

    public void RecordFeedFailure(string url, string reason, DateTimeOffset at, DateTimeOffset retryAt)
    {
        using var command = Command(null, """
            INSERT INTO watch_feeds (url, failures, last_error, retry_at) VALUES (@url, 1, @reason, @retry)
            ON CONFLICT (url) DO UPDATE SET failures = watch_feeds.failures + 1, last_error = excluded.last_error, retry_at = excluded.retry_at
            """);
        command.Parameters.AddWithValue("url", url);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("retry", Stamp(retryAt));
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<PendingItem> PendingItems(DateTimeOffset now, int limit)
    {
        using var command = Command(null, """
            SELECT feed, key, link, title, published, html, feed_title, attempts FROM watch_items
            WHERE state = 'pending' AND due <= @now ORDER BY seq LIMIT @limit
            """);
        command.Parameters.AddWithValue("now", Stamp(now));
        command.Parameters.AddWithValue("limit", limit);
        using var reader = command.ExecuteReader();
        var items = new List<PendingItem>();
        while (reader.Read())
        {
            items.Add(StoreRows.PendingItem(reader));
        }

        return items;
    }

    public void RecordItems(IReadOnlyList<ItemOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        Retrying(() =>
        {
            using var transaction = _connection.BeginTransaction();
            using var update = Command(transaction, """
                UPDATE watch_items SET state = @state, attempts = @attempts, article_id = @article, reason = @reason,
                    due = coalesce(@due, due), html = CASE WHEN @state = 'pending' THEN html END
                WHERE feed = @feed AND key = @key AND state = 'pending'
                """);
            foreach (var name in new[] { "state", "article", "reason", "due", "feed", "key" })
            {
                update.Parameters.Add(name, NpgsqlTypes.NpgsqlDbType.Text);
            }

            update.Parameters.Add("attempts", NpgsqlTypes.NpgsqlDbType.Integer);
            foreach (var outcome in outcomes)
            {
                var p = update.Parameters;
                p["state"].Value = outcome.State switch { ItemState.Read => "read", ItemState.GaveUp => "given up", _ => "pending" };
                p["attempts"].Value = outcome.Attempts;
                p["article"].Value = (object?)outcome.ArticleId ?? DBNull.Value;
                p["reason"].Value = (object?)outcome.Reason ?? DBNull.Value;
                p["due"].Value = outcome.RetryAt is { } due ? Stamp(due) : DBNull.Value;
                p["feed"].Value = outcome.Feed;
                p["key"].Value = outcome.Key;
                update.ExecuteNonQuery();
            }

            transaction.Commit();
            return 0;
        });
    }

    /// <summary>UTC in the round-trip format: the same length always, so stamps compare as text.</summary>
    private static string Stamp(DateTimeOffset time) => StoreRows.Stamp(time);

    private static DateTimeOffset? Time(NpgsqlDataReader reader, int column) => StoreRows.Time(reader, column);

    private static string? NullableString(NpgsqlDataReader reader, int column) => StoreRows.Text(reader, column);
}
