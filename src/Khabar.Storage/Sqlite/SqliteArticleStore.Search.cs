using Khabar.Core.Ports;
using Khabar.Core.Search;
using Khabar.Text;
using Microsoft.Data.Sqlite;

namespace Khabar.Storage.Sqlite;

/// <summary>The search index (<see cref="ISearchIndex"/>) on SQLite FTS5 (schema in migration 7).</summary>
public sealed partial class SqliteArticleStore
{
    private const int SentenceBits = 16;

    public IReadOnlyList<string> Unindexed(int limit)
    {
        // An article is indexed at most once, and only a stored one: as many indexed as stored means none is left,
        // counted in two indexes. The query below scans the articles table, whose pages carry the texts (0.07–0.13 s
        // warm on SaudiNewsNet; a cold scan of that table took 0.8 s), and every report's catch-up asks.
        var allIndexed = Reused("SELECT (SELECT count(*) FROM articles) = (SELECT count(*) FROM search_indexed)");
        if (allIndexed.ExecuteScalar() is 1L)
        {
            return [];
        }

        var command = Reused("""
            SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_indexed i WHERE i.article_seq = a.seq)
            ORDER BY a.seq LIMIT $limit
            """, "$limit");
        command.Parameters["$limit"].Value = limit;
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void Index(IReadOnlyList<(string ArticleId, IReadOnlyList<IndexedSentence> Sentences)> articles)
    {
        using var transaction = _connection.BeginTransaction();
        using var seqOf = Command(transaction, "SELECT seq FROM articles WHERE id = $id", "$id");
        using var indexer = new SentenceIndexer(this, transaction);
        foreach (var (id, sentences) in articles)
        {
            seqOf.Parameters["$id"].Value = id;
            if (seqOf.ExecuteScalar() is not long seq)
            {
                continue;
            }

            Unindex(transaction, seq);
            indexer.Add(seq, sentences);
        }

        transaction.Commit();
    }

    public SearchHits Search(SearchQuery query, int limit, int rankWindow)
    {
        // BM25 over the three columns: a match key weighs most, then a stem, then a name key (a skeleton many words share).
        // Computed for the newest rankWindow matches only (rowid order is store order): BM25 costs about 2.4 µs a
        // sentence, and a common word matches tens of thousands (docs/web.md). Only the best are then joined to their
        // articles (whose text is read) and stories.
        var command = Reused("""
            WITH s AS MATERIALIZED (
                SELECT rowid, bm25(search_sentences, 4.0, 2.0, 1.0) AS rank FROM search_sentences
                WHERE search_sentences MATCH $match ORDER BY rowid DESC LIMIT $window),
            best AS MATERIALIZED (SELECT rowid, rank FROM s ORDER BY rank, rowid LIMIT $limit)
            SELECT a.id, m.story_id, st.title, e.start, e.length, a.clean_text, best.rank, (SELECT count(*) FROM s)
            FROM best
            JOIN search_extents e ON e.id = best.rowid
            JOIN articles a ON a.seq = (best.rowid >> 16)
            LEFT JOIN story_members m ON m.article_seq = a.seq
            LEFT JOIN stories st ON st.id = m.story_id
            ORDER BY best.rank, best.rowid
            LIMIT $limit
            """, "$match", "$limit", "$window");
        command.Parameters["$match"].Value = Fts5Expression.Of(query);
        command.Parameters["$limit"].Value = limit;
        command.Parameters["$window"].Value = rankWindow;
        using var reader = command.ExecuteReader();
        var hits = new List<SentenceHit>();
        var ranked = 0L;
        while (reader.Read())
        {
            hits.Add(StoreRows.Hit(reader));
            ranked = reader.GetInt64(7);
        }

        return new SearchHits(hits, ranked >= rankWindow);
    }

    public void Optimize()
    {
        using var command = Command(null, "INSERT INTO search_sentences (search_sentences) VALUES ('optimize')");
        command.ExecuteNonQuery();
    }

    /// <summary>How many sentences match a query (for benchmarks: how broad a query is).</summary>
    public long SearchCount(SearchQuery query)
    {
        using var command = Command(null, "SELECT count(*) FROM search_sentences WHERE search_sentences MATCH $match", "$match");
        command.Parameters["$match"].Value = Fts5Expression.Of(query);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Removes an article's sentences and its mark as indexed.</summary>
    private void Unindex(SqliteTransaction transaction, long seq)
    {
        using var remove = Command(
            transaction,
            """
            DELETE FROM search_sentences WHERE rowid BETWEEN $first AND $last;
            DELETE FROM search_extents WHERE id BETWEEN $first AND $last;
            DELETE FROM search_indexed WHERE article_seq = $seq;
            """,
            "$first", "$last", "$seq");
        remove.Parameters["$first"].Value = seq << SentenceBits;
        remove.Parameters["$last"].Value = (seq << SentenceBits) + (1L << SentenceBits) - 1;
        remove.Parameters["$seq"].Value = seq;
        remove.ExecuteNonQuery();
    }

    /// <summary>Writes articles' sentences into the index and marks them indexed, within a transaction (the caller's).</summary>
    private sealed class SentenceIndexer : IDisposable
    {
        private readonly SqliteCommand _insert;
        private readonly SqliteCommand _indexed;

        public SentenceIndexer(SqliteArticleStore store, SqliteTransaction transaction)
        {
            _insert = store.Command(
                transaction,
                "INSERT INTO search_sentences (rowid, keys, stems, names) VALUES ($rowid, $keys, $stems, $names); INSERT INTO search_extents (id, start, length) VALUES ($rowid, $start, $length);",
                "$rowid", "$keys", "$stems", "$names", "$start", "$length");
            _indexed = store.Command(transaction, "INSERT OR REPLACE INTO search_indexed (article_seq) VALUES ($seq)", "$seq");
        }

        /// <summary>Indexes the sentences of the article stored as <paramref name="seq"/>, which has none indexed.</summary>
        public void Add(long seq, IReadOnlyList<IndexedSentence> sentences)
        {
            var p = _insert.Parameters;
            for (var i = 0; i < Math.Min(sentences.Count, SearchTerms.MaxSentences); i++)
            {
                p["$rowid"].Value = (seq << SentenceBits) + i;
                p["$keys"].Value = sentences[i].Keys;
                p["$stems"].Value = sentences[i].Stems;
                p["$names"].Value = sentences[i].Names;
                p["$start"].Value = sentences[i].Extent.Start;
                p["$length"].Value = sentences[i].Extent.Length;
                _insert.ExecuteNonQuery();
            }

            _indexed.Parameters["$seq"].Value = seq;
            _indexed.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _insert.Dispose();
            _indexed.Dispose();
        }
    }
}
