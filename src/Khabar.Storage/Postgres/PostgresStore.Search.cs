using Khabar.Core.Ports;
using Khabar.Core.Search;
using Khabar.Text;
using Npgsql;

namespace Khabar.Storage.Postgres;

/// <summary>
/// The search index (<see cref="ISearchIndex"/>) on PostgreSQL: a tsvector per sentence under a GIN index
/// (<see cref="TsTerms"/>), finding the same sentences as SQLite's FTS5. Ranked by <c>ts_rank</c> with the columns
/// weighted as FTS5's BM25 weighs them (key 1.0, stem 0.5, name 0.25) and divided by one plus the log of the
/// sentence's length (normalization 1); the rank given is its negation, so that lower is better on both stores.
/// </summary>
public sealed partial class PostgresStore
{
    private const int SentenceBits = 16;

    public IReadOnlyList<string> Unindexed(int limit)
    {
        using var command = Command(null, """
            SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_indexed i WHERE i.article_seq = a.seq)
            ORDER BY a.seq LIMIT @limit
            """);
        command.Parameters.AddWithValue("limit", limit);
        return ReadStrings(command);
    }

    public void Index(IReadOnlyList<(string ArticleId, IReadOnlyList<IndexedSentence> Sentences)> articles) => Retrying(() =>
    {
        using var transaction = _connection.BeginTransaction();
        var seqs = SeqsOf(transaction, articles.Select(a => a.ArticleId));
        // In store order: two writers indexing the same articles lock them in the same order.
        var present = articles.Where(a => seqs.ContainsKey(a.ArticleId)).OrderBy(a => seqs[a.ArticleId]).ToList();
        foreach (var (id, _) in present)
        {
            Unindex(transaction, seqs[id]);
        }

        IndexSentences(transaction, present.Select(a => (seqs[a.ArticleId], a.Sentences)));
        transaction.Commit();
        return 0;
    });

    public SearchHits Search(SearchQuery query, int limit, int rankWindow)
    {
        if (TsTerms.Query(query) is not { } tsquery)
        {
            return new SearchHits([], false);
        }

        // Ranked among the newest rankWindow matches only (id order is store order), as on SQLite. The matches are read
        // from the GIN index as a bitmap (the CTE keeps the planner from walking the primary key backwards and testing
        // every row, which cost seconds for a rare word), then the newest are ranked; only the best are joined to their
        // articles and stories.
        long[] newest;
        using (var window = Command(null, """
            WITH m AS MATERIALIZED (SELECT id FROM search_sentences WHERE terms @@ @query::tsquery)
            SELECT id FROM m ORDER BY id DESC LIMIT @window
            """))
        {
            window.Parameters.AddWithValue("query", tsquery);
            window.Parameters.AddWithValue("window", rankWindow);
            newest = [.. ReadLongs(window)];
        }

        using var command = Command(null, """
            WITH best AS MATERIALIZED (
                SELECT x.id, -ts_rank('{0.1, 0.25, 0.5, 1.0}', x.terms, @query::tsquery, 1)::float8 AS rank
                FROM search_sentences x WHERE x.id = ANY (@ids) ORDER BY rank, x.id LIMIT @limit)
            SELECT a.id, m.story_id, st.title, e.start, e.length, a.clean_text, best.rank
            FROM best
            JOIN search_sentences e ON e.id = best.id
            JOIN articles a ON a.seq = (best.id >> 16)
            LEFT JOIN story_members m ON m.article_seq = a.seq
            LEFT JOIN stories st ON st.id = m.story_id
            ORDER BY best.rank, best.id
            """);
        command.Parameters.AddWithValue("query", tsquery);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("ids", newest);
        using var reader = command.ExecuteReader();
        var hits = new List<SentenceHit>();
        while (reader.Read())
        {
            hits.Add(StoreRows.Hit(reader));
        }

        return new SearchHits(hits, newest.Length >= rankWindow);
    }

    private static List<long> ReadLongs(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new List<long>();
        while (reader.Read())
        {
            found.Add(reader.GetInt64(0));
        }

        return found;
    }

    /// <summary>PostgreSQL keeps its GIN index merged itself (its pending list is flushed by vacuum): updates the planner's statistics.</summary>
    public void Optimize()
    {
        using var command = Command(null, "ANALYZE search_sentences");
        command.ExecuteNonQuery();
    }

    /// <summary>Removes an article's sentences and its mark as indexed.</summary>
    private void Unindex(NpgsqlTransaction transaction, long seq)
    {
        using var remove = Command(transaction, """
            DELETE FROM search_sentences WHERE id BETWEEN @first AND @last;
            DELETE FROM search_indexed WHERE article_seq = @seq;
            """);
        remove.Parameters.AddWithValue("first", seq << SentenceBits);
        remove.Parameters.AddWithValue("last", (seq << SentenceBits) + (1L << SentenceBits) - 1);
        remove.Parameters.AddWithValue("seq", seq);
        remove.ExecuteNonQuery();
    }

    /// <summary>
    /// Writes articles' sentences into the index and marks them indexed, in the caller's transaction (none indexed
    /// before). An article given twice is indexed as given last, as on SQLite (one statement cannot write a row twice).
    /// </summary>
    private void IndexSentences(NpgsqlTransaction transaction, IEnumerable<(long Seq, IReadOnlyList<IndexedSentence> Sentences)> articles)
    {
        var list = articles.GroupBy(a => a.Seq).Select(g => g.Last()).ToList();
        if (list.Count == 0)
        {
            return;
        }

        var rows = list.SelectMany(a => a.Sentences.Take(SearchTerms.MaxSentences).Select((s, i) => (Id: (a.Seq << SentenceBits) + i, Sentence: s))).ToList();
        using (var insert = Command(transaction, """
            INSERT INTO search_sentences (id, terms, start, length) SELECT i, t::tsvector, s, l FROM unnest(@ids, @terms, @starts, @lengths) AS r (i, t, s, l)
            ON CONFLICT (id) DO UPDATE SET terms = excluded.terms, start = excluded.start, length = excluded.length
            """))
        {
            insert.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
            insert.Parameters.AddWithValue("terms", rows.Select(r => TsTerms.Vector(r.Sentence)).ToArray());
            insert.Parameters.AddWithValue("starts", rows.Select(r => r.Sentence.Extent.Start).ToArray());
            insert.Parameters.AddWithValue("lengths", rows.Select(r => r.Sentence.Extent.Length).ToArray());
            insert.ExecuteNonQuery();
        }

        using var indexed = Command(transaction, "INSERT INTO search_indexed (article_seq) SELECT unnest(@seqs) ON CONFLICT DO NOTHING");
        indexed.Parameters.AddWithValue("seqs", list.Select(a => a.Seq).ToArray());
        indexed.ExecuteNonQuery();
    }
}
