using Khabar.Core.Ports;
using Khabar.Core.Search;
using Khabar.Text;
using Microsoft.Data.Sqlite;

namespace Khabar.Storage.Sqlite;

/// <summary>The search index (<see cref="ISearchIndex"/>) on SQLite FTS5, in shards by article (schema in migrations 7 and 12).</summary>
public sealed partial class SqliteArticleStore
{
    internal const int SentenceBits = 16;

    /// <summary>Articles a search index shard holds: 2^14 in store order (migration 12).</summary>
    private const int ShardBits = 14;

    /// <summary>
    /// Shards with matches ranked by BM25, newest first. A query with <c>bm25()</c> costs about 0.2 ms a shard before
    /// it ranks a row (it weighs each term over the whole shard), against 0.04 ms for the matches alone: a word found a
    /// few times in every shard would pay it in shard after shard. Beyond these, matches are taken newest first without
    /// a rank, and none at all once a page of matches is in hand (no older one could then be shown). 8 shards are the
    /// newest 131,072 articles or more.
    /// </summary>
    private const int NewestShards = 8;

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

            indexer.Remove(seq);
            indexer.Add(seq, sentences);
        }

        indexer.Complete();
        transaction.Commit();
        indexer.Committed();
    }

    public SearchHits Search(SearchQuery query, int limit, int rankWindow)
    {
        // BM25 over the three columns: a match key weighs most, then a stem, then a name key (a skeleton many words share).
        // Computed for the newest rankWindow matches only (rowid order is store order), shard by shard from the newest:
        // BM25 costs about 2.4 µs a sentence, and before it ranks any row it reads every row of the shard that holds a
        // query term, to weigh the term (docs/web.md). Ranks from two shards weigh terms by each shard's counts; the
        // window is the newest matches either way. Matches older than the NewestShards shards with any are not ranked:
        // they follow the ranked ones, newest first. Only the best are then joined to their articles and stories.
        var match = Fts5Expression.Of(query);
        var shards = Shards(); // before the terms: a shard mapped since is then mapped with terms read after it
        var holding = ShardsHolding(query);
        var candidates = shards.Where(s => !s.Mapped || holding is null || holding.Contains(s.Shard)).Select(s => s.Shard).ToList();
        var ranked = new List<(long RowId, double Rank)>(Math.Min(rankWindow, 1024));
        var older = new List<long>();
        var asked = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var table = ShardTable(candidates[i]);
            if (asked >= NewestShards)
            {
                // Beyond the newest shards, matches are taken newest first, unranked, as many as can still be shown.
                var unranked = Reused($"SELECT rowid FROM {table} WHERE {table} MATCH $match ORDER BY rowid DESC LIMIT $window", "$match", "$window");
                unranked.Parameters["$match"].Value = match;
                unranked.Parameters["$window"].Value = Math.Min(rankWindow, limit) - ranked.Count - older.Count;
                using var found = unranked.ExecuteReader();
                while (found.Read())
                {
                    older.Add(found.GetInt64(0));
                }
            }
            else
            {
                var any = Reused($"SELECT 1 FROM {table} WHERE {table} MATCH $match LIMIT 1", "$match");
                any.Parameters["$match"].Value = match;
                if (any.ExecuteScalar() is null)
                {
                    continue; // asked with bm25(), a shard without the words costs four times as much (docs/web.md)
                }

                var command = Reused(
                    $"SELECT rowid, bm25({table}, 4.0, 2.0, 1.0) FROM {table} WHERE {table} MATCH $match ORDER BY rowid DESC LIMIT $window",
                    "$match", "$window");
                command.Parameters["$match"].Value = match;
                command.Parameters["$window"].Value = rankWindow - ranked.Count;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
                }

                asked++;
            }

            if (ranked.Count >= rankWindow)
            {
                return new SearchHits(Joined(Best(ranked, older, limit)), Windowed: true);
            }

            if (ranked.Count + older.Count >= Math.Min(rankWindow, limit) && asked >= NewestShards)
            {
                // Not every match was ranked when an older shard may hold more (the term map says which can).
                return new SearchHits(Joined(Best(ranked, older, limit)), Windowed: older.Count > 0 || i < candidates.Count - 1);
            }
        }

        return new SearchHits(Joined(Best(ranked, older, limit)), Windowed: older.Count > 0);
    }

    public void Optimize()
    {
        // A shard already merged into one segment is left as it is by FTS5: only the shards written since are merged.
        foreach (var (shard, _) in Shards())
        {
            var table = ShardTable(shard);
            using var command = Command(null, $"INSERT INTO {table} ({table}) VALUES ('optimize')");
            command.ExecuteNonQuery();
        }
    }

    /// <summary>How many sentences match a query (for benchmarks: how broad a query is).</summary>
    public long SearchCount(SearchQuery query)
    {
        var count = 0L;
        var match = Fts5Expression.Of(query);
        foreach (var (shard, _) in Shards())
        {
            var table = ShardTable(shard);
            using var command = Command(null, $"SELECT count(*) FROM {table} WHERE {table} MATCH $match", "$match");
            command.Parameters["$match"].Value = match;
            count += (long)command.ExecuteScalar()!;
        }

        return count;
    }

    /// <summary>The ranked matches best first (ties in store order), then the unranked older ones as found, newest first.</summary>
    private static List<(long RowId, double Rank)> Best(List<(long RowId, double Rank)> ranked, List<long> older, int limit) =>
        [.. ranked.OrderBy(r => r.Rank).ThenBy(r => r.RowId).Concat(older.Select(o => (o, 0.0))).Take(limit)];

    /// <summary>The shard an article's sentences are indexed in: 16,384 articles in store order a shard.</summary>
    private static long ShardOf(long seq) => seq >> ShardBits;

    private static string ShardTable(long shard) => $"search_sentences_{shard}";

    /// <summary>The index's shards (migration 12), newest first, and whether <c>search_terms</c> lists their terms.</summary>
    private List<(long Shard, bool Mapped)> Shards()
    {
        var command = Reused("SELECT shard, mapped FROM search_shards ORDER BY shard DESC");
        using var reader = command.ExecuteReader();
        var shards = new List<(long, bool)>();
        while (reader.Read())
        {
            shards.Add((reader.GetInt64(0), reader.GetInt64(1) != 0));
        }

        return shards;
    }

    /// <summary>
    /// The mapped shards that can hold a match of <paramref name="query"/>: for every group, one of its alternatives
    /// has all its terms there; null when that cannot be known (a prefix is no term).
    /// </summary>
    private HashSet<long>? ShardsHolding(SearchQuery query)
    {
        var lookup = Reused("SELECT shard FROM search_terms WHERE term = $term", "$term");
        var known = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        HashSet<long> Holding(string term)
        {
            if (!known.TryGetValue(term, out var shards))
            {
                lookup.Parameters["$term"].Value = term;
                using var reader = lookup.ExecuteReader();
                shards = [];
                while (reader.Read())
                {
                    shards.Add(reader.GetInt64(0));
                }

                known[term] = shards;
            }

            return shards;
        }

        HashSet<long>? all = null;
        foreach (var group in query.Groups)
        {
            var some = new HashSet<long>();
            foreach (var alternative in group.Alternatives)
            {
                var terms = Fts5Expression.Tokens(string.Join(' ', alternative.Terms));
                if (alternative.Prefix || terms.Count == 0)
                {
                    return null;
                }

                var holding = new HashSet<long>(Holding(terms[0]));
                foreach (var term in terms.Skip(1))
                {
                    holding.IntersectWith(Holding(term));
                }

                some.UnionWith(holding);
            }

            if (all is null)
            {
                all = some;
            }
            else
            {
                all.IntersectWith(some);
            }
        }

        return all;
    }

    /// <summary>
    /// Lists the terms of every shard indexed before migration 13 (from the shard's FTS5 vocabulary), one shard a
    /// transaction, when a store is opened to write. A store another process is writing, or that cannot be written,
    /// is left as it is, without waiting: an unmapped shard is searched whatever the words, so nothing is missed.
    /// </summary>
    private static void MapSearchShards(SqliteConnection connection)
    {
        List<long> unmapped = [];
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT shard FROM search_shards WHERE mapped = 0";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                unmapped.Add(reader.GetInt64(0));
            }
        }

        if (unmapped.Count == 0)
        {
            return;
        }

        Execute(connection, "PRAGMA busy_timeout = 0");
        try
        {
            foreach (var shard in unmapped)
            {
                using var map = connection.CreateCommand();
                map.CommandTimeout = 1;
                map.CommandText = $"""
                    BEGIN IMMEDIATE;
                    CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab (main, '{ShardTable(shard)}', 'row');
                    INSERT OR IGNORE INTO search_terms (term, shard)
                        SELECT term, {shard} FROM temp.search_vocabulary WHERE (SELECT mapped FROM search_shards WHERE shard = {shard}) = 0;
                    DROP TABLE temp.search_vocabulary;
                    UPDATE search_shards SET mapped = 1 WHERE shard = {shard};
                    COMMIT;
                    """;
                map.ExecuteNonQuery();
            }
        }
        catch (SqliteException)
        {
            // Busy, read-only, or a shard's table missing: left for a later open. A BEGIN that failed left nothing to undo.
            if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
            {
                Execute(connection, "ROLLBACK");
            }
        }
        finally
        {
            Execute(connection, "PRAGMA busy_timeout = 5000");
        }
    }

    /// <summary>
    /// The ranked sentences as hits, in their order: each with its text (kept with its extent, migration 15), its
    /// article and story. An article's id is read from its story membership, and from the article row only when it has
    /// none: a hit then reads no page of the article's text (docs/web.md).
    /// </summary>
    private List<SentenceHit> Joined(List<(long RowId, double Rank)> best)
    {
        if (best.Count == 0)
        {
            return [];
        }

        var join = Reused("""
            SELECT coalesce(m.article_id, (SELECT a.id FROM articles a WHERE a.seq = e.id >> 16)), m.story_id, st.title, e.start, e.length, e.text, e.id
            FROM search_extents e
            LEFT JOIN story_members m ON m.article_seq = e.id >> 16
            LEFT JOIN stories st ON st.id = m.story_id
            WHERE e.id IN (SELECT value FROM json_each($ids))
            """, "$ids");
        join.Parameters["$ids"].Value = "[" + string.Join(',', best.Select(b => b.RowId)) + "]";
        var rankOf = best.ToDictionary(b => b.RowId, b => b.Rank);
        var byRow = new Dictionary<long, SentenceHit>(best.Count);
        using (var reader = join.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.IsDBNull(0))
                {
                    continue; // the article is gone
                }

                var rowId = reader.GetInt64(6);
                byRow[rowId] = new SentenceHit(
                    reader.GetString(0), StoreRows.Text(reader, 1), StoreRows.Text(reader, 2),
                    new TextExtent(reader.GetInt32(3), reader.GetInt32(4)), reader.GetString(5), rankOf[rowId]);
            }
        }

        return best.Where(b => byRow.ContainsKey(b.RowId)).Select(b => byRow[b.RowId]).ToList();
    }
}
