using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Khabar.Core.Ports;
using Khabar.Storage.Postgres;
using Khabar.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Khabar.Storage;

/// <summary>
/// Copies a whole store into an empty one, SQLite or PostgreSQL either way (<c>khabar export</c>): every table as it
/// is, row for row (articles keep their store order, stories their ids, consolidations their versions), then checks
/// each table's count and a hash of its rows, read back in key order from both. The search index is left out: its
/// form differs between the stores (FTS5, tsvector), and the destination's next catch-up indexes every article.
/// </summary>
public static class StoreCopy
{
    /// <summary>The tables copied, parents first, each with its columns and the key its rows are compared in.</summary>
    private static readonly (string Table, string Columns, string Key)[] Tables =
    [
        ("articles", "seq, id, origin, format, title, source, url, published, raw_text, clean_text, content_hash, duplicate_of, published_from", "seq"),
        ("derived", "article_seq, kind, version, payload", "article_seq, kind"),
        ("stories", "id, title, title_article, span_from, span_to, size, sources", "id"),
        ("story_members", "article_seq, article_id, story_id, published_utc", "article_seq"),
        ("story_links", "a, b, kind, score, jaccard", "a, b"),
        ("story_attachments", "article_id, partner, score, candidates", "article_id"),
        ("reuse", "a, b, score, passages", "a, b"),
        ("assign_terms", "term, published, article_seq", "term, published, article_seq"),
        ("passage_prints", "print, article_seq", "print, article_seq"),
        ("consolidations", "story_id, version, payload, corroborated, single, conflicts", "story_id"),
        ("story_entities", "key, story_id, type, name, mentions", "key, story_id"),
        ("story_aliases", "old_id, story_id", "old_id"),
        ("watch_files", "path, length, modified", "path"),
        ("watch_feeds", "url, etag, last_modified, polled_at, failures, last_error, retry_at", "url"),
        ("watch_items", "seq, feed, key, link, title, published, html, feed_title, state, attempts, due, article_id, reason", "seq"),
    ];

    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/>, which must be empty, and checks the copy.</summary>
    /// <exception cref="InvalidOperationException">The destination holds articles or stories already, or the copy differs.</exception>
    public static IReadOnlyList<TableCopied> Copy(IStore from, IStore to, IProgress<string>? progress = null)
    {
        var source = ConnectionOf(from);
        var destination = ConnectionOf(to);
        foreach (var (table, _, _) in Tables)
        {
            using var any = destination.CreateCommand();
            any.CommandText = $"SELECT EXISTS (SELECT 1 FROM {table})";
            if (Convert.ToBoolean(any.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException($"{to}: the destination is not empty ({table} has rows; export copies into a new store only)");
            }
        }

        using (var transaction = destination.BeginTransaction())
        {
            foreach (var (table, columns, key) in Tables)
            {
                progress?.Report(table);
                var rows = Rows(source, table, columns, key);
                if (destination is NpgsqlConnection postgres)
                {
                    CopyInto(postgres, table, columns, rows);
                }
                else
                {
                    InsertInto((SqliteConnection)destination, (SqliteTransaction)transaction, table, columns, rows);
                }
            }

            if (destination is NpgsqlConnection pg)
            {
                // Rows came with their numbers: the next ones follow them.
                using var identities = new NpgsqlCommand("""
                    SELECT setval(pg_get_serial_sequence('articles', 'seq'), coalesce((SELECT max(seq) FROM articles), 0) + 1, false);
                    SELECT setval(pg_get_serial_sequence('watch_items', 'seq'), coalesce((SELECT max(seq) FROM watch_items), 0) + 1, false);
                    """, pg, (NpgsqlTransaction)transaction);
                identities.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var checks = new List<TableCopied>();
        foreach (var (table, columns, key) in Tables)
        {
            var (count, hash) = Digest(Rows(source, table, columns, key));
            var (copied, copiedHash) = Digest(Rows(destination, table, columns, key));
            if (count != copied || hash != copiedHash)
            {
                throw new InvalidOperationException($"{to}: table {table} differs after the copy ({count:N0} rows, {copied:N0} copied)");
            }

            checks.Add(new TableCopied(table, count, hash));
        }

        return checks;
    }

    private static DbConnection ConnectionOf(IStore store) => store switch
    {
        SqliteArticleStore sqlite => sqlite.Connection,
        PostgresStore postgres => postgres.Connection,
        _ => throw new ArgumentException($"{store}: not a store this program can copy", nameof(store)),
    };

    /// <summary>A table's rows in key order, streamed, each value as read (integers widened to long).</summary>
    private static IEnumerable<object?[]> Rows(DbConnection connection, string table, string columns, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM {table} ORDER BY {key}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    int n => (long)n,
                    short n => (long)n,
                    float f => (double)f,
                    var value => value,
                };
            }

            yield return row;
        }
    }

    private static void CopyInto(NpgsqlConnection connection, string table, string columns, IEnumerable<object?[]> rows)
    {
        var types = ColumnTypes(connection, table, columns);
        // Rows are read from the source while the copy is written: they are first held a table at a time only when both
        // are the same connection, which export never asks.
        using var writer = connection.BeginBinaryImport($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            writer.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null)
                {
                    writer.WriteNull();
                }
                else
                {
                    switch (types[i])
                    {
                        case "integer":
                            writer.Write(checked((int)(long)row[i]!), NpgsqlTypes.NpgsqlDbType.Integer);
                            break;
                        case "bigint":
                            writer.Write((long)row[i]!, NpgsqlTypes.NpgsqlDbType.Bigint);
                            break;
                        case "double precision":
                            writer.Write(Convert.ToDouble(row[i], System.Globalization.CultureInfo.InvariantCulture), NpgsqlTypes.NpgsqlDbType.Double);
                            break;
                        case "bytea":
                            writer.Write((byte[])row[i]!, NpgsqlTypes.NpgsqlDbType.Bytea);
                            break;
                        default:
                            writer.Write(Convert.ToString(row[i], System.Globalization.CultureInfo.InvariantCulture)!, NpgsqlTypes.NpgsqlDbType.Text);
                            break;
                    }
                }
            }
        }

        writer.Complete();
    }

    private static string[] ColumnTypes(NpgsqlConnection connection, string table, string columns)
    {
        using var command = new NpgsqlCommand("""
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @table
            """, connection);
        command.Parameters.AddWithValue("table", table);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return [.. columns.Split(", ").Select(c => types[c])];
    }

    private static void InsertInto(SqliteConnection connection, SqliteTransaction transaction, string table, string columns, IEnumerable<object?[]> rows)
    {
        var names = columns.Split(", ");
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
        var parameters = names.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }
    }

    /// <summary>How many rows, and a SHA-256 of them: each value tagged by kind (null, integer, real, text, bytes) and length.</summary>
    private static (long Count, string Hash) Digest(IEnumerable<object?[]> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0L;
        Span<byte> number = stackalloc byte[9];
        foreach (var row in rows)
        {
            count++;
            foreach (var value in row)
            {
                switch (value)
                {
                    case null:
                        hash.AppendData("n"u8);
                        break;
                    case long n:
                        number[0] = (byte)'i';
                        BitConverter.TryWriteBytes(number[1..], n);
                        hash.AppendData(number);
                        break;
                    case double d:
                        number[0] = (byte)'d';
                        BitConverter.TryWriteBytes(number[1..], d);
                        hash.AppendData(number);
                        break;
                    case byte[] bytes:
                        number[0] = (byte)'b';
                        BitConverter.TryWriteBytes(number[1..], (long)bytes.Length);
                        hash.AppendData(number);
                        hash.AppendData(bytes);
                        break;
                    default:
                        var text = Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                        number[0] = (byte)'s';
                        BitConverter.TryWriteBytes(number[1..], (long)text.Length);
                        hash.AppendData(number);
                        hash.AppendData(text);
                        break;
                }
            }
        }

        return (count, Convert.ToHexString(hash.GetHashAndReset()));
    }
}

/// <summary>A table copied: how many rows, and the SHA-256 of them both stores gave.</summary>
public sealed record TableCopied(string Table, long Rows, string Hash);
