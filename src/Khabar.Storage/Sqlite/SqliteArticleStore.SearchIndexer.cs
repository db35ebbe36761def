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
        private readonly SqliteCommand _extent = store.Command(transaction, "INSERT INTO search_extents (id, start, length, text) VALUES ($rowid, $start, $length, $text)", "$rowid", "$start", "$length", "$text");
        private readonly List<(long Seq, IReadOnlyList<IndexedSentence> Sentences)> _added = [];
        private readonly Dictionary<long, HashSet<string>> _terms = [];

        /// <summary>Removes the sentences of the article stored as <paramref name="seq"/> and its mark as indexed.</summary>
        public void Remove(long seq)
        {
            _added.RemoveAll(a => a.Seq == seq); // added earlier in this transaction, not written yet
            var remove = Shard(seq).Remove;
            remove.Parameters["$first"].Value = seq << SentenceBits;
            remove.Parameters["$last"].Value = (seq << SentenceBits) + (1L << SentenceBits) - 1;
            remove.Parameters["$seq"].Value = seq;
            remove.ExecuteNonQuery();
        }

        /// <summary>
        /// Indexes the sentences of the article stored as <paramref name="seq"/>, which has none indexed (after a
        /// <see cref="Remove"/> of it, if it had): they are written by <see cref="Complete"/>.
        /// </summary>
        public void Add(long seq, IReadOnlyList<IndexedSentence> sentences)
        {
            _added.Add((seq, sentences));
            for (var i = 0; i < Math.Min(sentences.Count, SearchTerms.MaxSentences); i++)
            {
                ListTerms(sentences[i].Keys, seq);
                ListTerms(sentences[i].Stems, seq);
                ListTerms(sentences[i].Names, seq);
            }
        }

        /// <summary>
        /// Writes what was added, before the transaction commits: the sentences' extents, the articles' marks and the
        /// terms new to their shards (migration 13; in key order) first, then the sentences' index rows, one after
        /// another. FTS5 writes the rows it holds in memory to disk as a segment whenever another statement of the
        /// transaction opens a savepoint (an INSERT OR REPLACE, a foreign key); interleaved, that made a segment of
        /// every article, and merging them cost most of the Store stage's writing (docs/storage.md).
        /// </summary>
        public void Complete()
        {
            foreach (var (seq, sentences) in _added)
            {
                for (var i = 0; i < Math.Min(sentences.Count, SearchTerms.MaxSentences); i++)
                {
                    var p = _extent.Parameters;
                    p["$rowid"].Value = (seq << SentenceBits) + i;
                    p["$start"].Value = sentences[i].Extent.Start;
                    p["$length"].Value = sentences[i].Extent.Length;
                    p["$text"].Value = sentences[i].Text;
                    _extent.ExecuteNonQuery();
                }

                _indexed.Parameters["$seq"].Value = seq;
                _indexed.ExecuteNonQuery();
            }

            foreach (var (shard, terms) in _terms.OrderBy(t => t.Key))
            {
                using var list = store.Command(transaction, "INSERT OR IGNORE INTO search_terms (term, shard) VALUES ($term, $shard)", "$term", "$shard");
                list.Parameters["$shard"].Value = shard;
                foreach (var term in terms.Order(StringComparer.Ordinal))
                {
                    list.Parameters["$term"].Value = term;
                    list.ExecuteNonQuery();
                }
            }

            foreach (var (seq, sentences) in _added)
            {
                var insert = Shard(seq).Insert;
                var p = insert.Parameters;
                for (var i = 0; i < Math.Min(sentences.Count, SearchTerms.MaxSentences); i++)
                {
                    p["$rowid"].Value = (seq << SentenceBits) + i;
                    p["$keys"].Value = sentences[i].Keys;
                    p["$stems"].Value = sentences[i].Stems;
                    p["$names"].Value = sentences[i].Names;
                    insert.ExecuteNonQuery();
                }
            }

            _added.Clear();
        }

        /// <summary>After the transaction committed: the terms it listed are remembered as listed.</summary>
        public void Committed()
        {
            foreach (var (shard, terms) in _terms)
            {
                store._listedTerms.Add(shard, terms);
            }

            _terms.Clear();
        }

        /// <summary>Notes each term of one column of a sentence of the article <paramref name="seq"/>, unless its shard lists it already.</summary>
        private void ListTerms(string column, long seq)
        {
            var shard = ShardOf(seq);
            if (!_terms.TryGetValue(shard, out var pending))
            {
                _terms[shard] = pending = new HashSet<string>(StringComparer.Ordinal);
            }

            var lookup = pending.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> buffer = stackalloc char[Fts5Expression.MaxFoldedOnStack];
            foreach (var range in Fts5Expression.Terms(column))
            {
                var term = Fts5Expression.Fold(column.AsSpan(range), buffer);
                if (!store._listedTerms.Contains(shard, term))
                {
                    lookup.Add(term); // a string is made only for a term new to the batch
                }
            }
        }

        public void Dispose()
        {
            foreach (var (insert, remove) in _shards.Values)
            {
                insert.Dispose();
                remove.Dispose();
            }

            _indexed.Dispose();
            _extent.Dispose();
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
                    $"INSERT INTO {table} (rowid, keys, stems, names) VALUES ($rowid, $keys, $stems, $names)",
                    "$rowid", "$keys", "$stems", "$names"),
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

    private readonly ListedTerms _listedTerms = new();

    /// <summary>
    /// The terms this store has listed in <c>search_terms</c> for its newest shard, in transactions that committed, so
    /// that each batch lists only the terms new to the shard (a batch of news repeats most of the words of the batches
    /// before). Rows of <c>search_terms</c> are never deleted, so what is remembered stays true; another process
    /// writing the store only makes a term listed twice (INSERT OR IGNORE). Forgotten past <see cref="MaxTerms"/>.
    /// </summary>
    private sealed class ListedTerms
    {
        /// <summary>Some 60 MB of strings at most; SaudiNewsNet's first shard (16,384 articles) lists 232,193 terms.</summary>
        private const int MaxTerms = 1 << 20;

        private long _shard = -1;
        private HashSet<string> _terms = new(StringComparer.Ordinal);

        public bool Contains(long shard, ReadOnlySpan<char> term) =>
            shard == _shard && _terms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(term);

        public void Add(long shard, HashSet<string> terms)
        {
            if (shard < _shard)
            {
                return; // an older shard's article re-indexed: not worth remembering
            }

            if (shard > _shard || _terms.Count + terms.Count > MaxTerms)
            {
                (_shard, _terms) = (shard, new HashSet<string>(StringComparer.Ordinal));
            }

            _terms.UnionWith(terms);
        }
    }
}
