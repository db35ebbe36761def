using Khabar.Core.Ports;
using Khabar.Core.Search;
using Microsoft.Data.Sqlite;

namespace Khabar.Storage.Sqlite;

/// <summary>Writing the search index's shards and the list of the shards each term is in (migrations 12 and 13).</summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// Writes articles' sentences into the index and marks them indexed, within a transaction (the caller's), making
    /// a shard's table when its first article comes.
    /// </summary>
    private sealed class SentenceIndexer(SqliteArticleStore store, SqliteTransaction transaction) : IDisposable
    {
        private readonly Dictionary<long, (SqliteCommand Insert, SqliteCommand Remove)> _shards = [];
        private readonly SqliteCommand _indexed = store.Command(transaction, "INSERT OR REPLACE INTO search_indexed (article_seq) VALUES ($seq)", "$seq");
        private readonly HashSet<(string Term, long Shard)> _terms = [];

        /// <summary>Removes the sentences of the article stored as <paramref name="seq"/> and its mark as indexed.</summary>
        public void Remove(long seq)
        {
            var remove = Shard(seq).Remove;
            remove.Parameters["$first"].Value = seq << SentenceBits;
            remove.Parameters["$last"].Value = (seq << SentenceBits) + (1L << SentenceBits) - 1;
            remove.Parameters["$seq"].Value = seq;
            remove.ExecuteNonQuery();
        }

        /// <summary>Indexes the sentences of the article stored as <paramref name="seq"/>, which has none indexed.</summary>
        public void Add(long seq, IReadOnlyList<IndexedSentence> sentences)
        {
            var insert = Shard(seq).Insert;
            var p = insert.Parameters;
            for (var i = 0; i < Math.Min(sentences.Count, SearchTerms.MaxSentences); i++)
            {
                p["$rowid"].Value = (seq << SentenceBits) + i;
                p["$keys"].Value = sentences[i].Keys;
                p["$stems"].Value = sentences[i].Stems;
                p["$names"].Value = sentences[i].Names;
                p["$start"].Value = sentences[i].Extent.Start;
                p["$length"].Value = sentences[i].Extent.Length;
                p["$text"].Value = sentences[i].Text;
                insert.ExecuteNonQuery();
                foreach (var column in (ReadOnlySpan<string>)[sentences[i].Keys, sentences[i].Stems, sentences[i].Names])
                {
                    foreach (var term in Fts5Expression.Tokens(column))
                    {
                        _terms.Add((term, ShardOf(seq)));
                    }
                }
            }

            _indexed.Parameters["$seq"].Value = seq;
            _indexed.ExecuteNonQuery();
        }

        /// <summary>Lists the shards the terms written went to (migration 13); before the transaction commits.</summary>
        public void Complete()
        {
            if (_terms.Count == 0)
            {
                return;
            }

            using var list = store.Command(transaction, "INSERT OR IGNORE INTO search_terms (term, shard) VALUES ($term, $shard)", "$term", "$shard");
            foreach (var (term, shard) in _terms.OrderBy(t => t.Term, StringComparer.Ordinal).ThenBy(t => t.Shard))
            {
                list.Parameters["$term"].Value = term;
                list.Parameters["$shard"].Value = shard;
                list.ExecuteNonQuery();
            }

            _terms.Clear();
        }

        public void Dispose()
        {
            foreach (var (insert, remove) in _shards.Values)
            {
                insert.Dispose();
                remove.Dispose();
            }

            _indexed.Dispose();
        }

        private (SqliteCommand Insert, SqliteCommand Remove) Shard(long seq)
        {
            var shard = ShardOf(seq);
            if (_shards.TryGetValue(shard, out var commands))
            {
                return commands;
            }

            var table = ShardTable(shard);
            using (var create = store.Command(
                transaction,
                $"""
                CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5 (keys, stems, names, content = '', contentless_delete = 1, tokenize = 'ascii');
                INSERT OR IGNORE INTO search_shards (shard, mapped) VALUES ({shard}, 1);
                """))
            {
                create.ExecuteNonQuery();
            }

            commands = (
                store.Command(
                    transaction,
                    $"INSERT INTO {table} (rowid, keys, stems, names) VALUES ($rowid, $keys, $stems, $names); INSERT INTO search_extents (id, start, length, text) VALUES ($rowid, $start, $length, $text);",
                    "$rowid", "$keys", "$stems", "$names", "$start", "$length", "$text"),
                store.Command(
                    transaction,
                    $"""
                    DELETE FROM {table} WHERE rowid BETWEEN $first AND $last;
                    DELETE FROM search_extents WHERE id BETWEEN $first AND $last;
                    DELETE FROM search_indexed WHERE article_seq = $seq;
                    """,
                    "$first", "$last", "$seq"));
            _shards[shard] = commands;
            return commands;
        }
    }
}
