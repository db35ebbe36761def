using Khabar.Text;
using Microsoft.Data.Sqlite;

namespace Khabar.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations. The database's <c>PRAGMA user_version</c> says how many have
/// run; each runs in its own transaction together with the version bump. Never edit a released step: add one.
/// </summary>
internal static class SqliteSchema
{
    private static readonly Migration[] Migrations =
    [
        // 1: articles (source of truth) and the versioned cache of what is derived from them.
        """
        CREATE TABLE articles (
            seq          INTEGER PRIMARY KEY AUTOINCREMENT,
            id           TEXT    NOT NULL UNIQUE,
            origin       TEXT    NOT NULL,
            format       TEXT    NOT NULL,
            title        TEXT,
            source       TEXT,
            url          TEXT,
            published    TEXT,
            raw_text     TEXT    NOT NULL,
            clean_text   TEXT    NOT NULL,
            content_hash TEXT    NOT NULL,
            duplicate_of TEXT
        );
        CREATE INDEX articles_content_hash ON articles (content_hash);
        CREATE TABLE derived (
            article_seq INTEGER NOT NULL REFERENCES articles (seq),
            kind        TEXT    NOT NULL,
            version     INTEGER NOT NULL,
            payload     BLOB    NOT NULL,
            PRIMARY KEY (article_seq, kind)
        ) WITHOUT ROWID;
        """,

        // 2: where the publication time came from (metadata, text); null for unknown.
        """
        ALTER TABLE articles ADD COLUMN published_from TEXT;
        """,

        // 3: stories. Links are the edges found by the Assign stage; stories are their connected groups.
        """
        CREATE TABLE stories (
            id            TEXT    PRIMARY KEY,
            title         TEXT    NOT NULL,
            title_article TEXT    NOT NULL,
            span_from     TEXT,
            span_to       TEXT,
            size          INTEGER NOT NULL,
            sources       TEXT    NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE story_members (
            article_seq   INTEGER PRIMARY KEY REFERENCES articles (seq),
            article_id    TEXT    NOT NULL UNIQUE,
            story_id      TEXT    NOT NULL,
            published_utc INTEGER
        );
        CREATE INDEX story_members_story ON story_members (story_id);
        CREATE INDEX story_members_time ON story_members (published_utc);
        CREATE TABLE story_links (
            a       TEXT NOT NULL,
            b       TEXT NOT NULL,
            kind    TEXT NOT NULL,
            score   REAL NOT NULL,
            jaccard REAL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE TABLE reuse (
            a        TEXT NOT NULL,
            b        TEXT NOT NULL,
            score    REAL NOT NULL,
            passages TEXT NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        """,

        // 4: each assigned article's index terms (what an undated article is compared by, instead of the whole
        // store) and each story's stored consolidation. Stories made before had no index terms: they are dropped
        // here and made again by the next Assign, from the articles.
        """
        CREATE TABLE assign_terms (
            term        INTEGER NOT NULL,
            article_seq INTEGER NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (term, article_seq)
        ) WITHOUT ROWID;
        CREATE TABLE consolidations (
            story_id TEXT    PRIMARY KEY,
            version  INTEGER NOT NULL,
            payload  BLOB    NOT NULL
        ) WITHOUT ROWID;
        DELETE FROM story_links;
        DELETE FROM reuse;
        DELETE FROM story_members;
        DELETE FROM stories;
        """,

        // 5: the ids of stories merged into another (or renamed when an earlier article joined), each pointing at
        // the story that has its articles now.
        """
        CREATE TABLE story_aliases (
            old_id   TEXT PRIMARY KEY,
            story_id TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX story_aliases_story ON story_aliases (story_id);
        """,

        // 6: each assigned article's passage fingerprints (what a later article that took a passage from it finds it
        // by, in any story). Articles assigned before have none: their stories and links are dropped here (ids and
        // aliases stay) and made again, with the fingerprints, by the next Assign.
        """
        CREATE TABLE passage_prints (
            print       INTEGER NOT NULL,
            article_seq INTEGER NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (print, article_seq)
        ) WITHOUT ROWID;
        CREATE INDEX reuse_b ON reuse (b);
        DELETE FROM story_links;
        DELETE FROM reuse;
        DELETE FROM story_members;
        DELETE FROM stories;
        DELETE FROM consolidations;
        DELETE FROM assign_terms;
        """,

        // 7: full-text search over every article's sentences (their match keys, stems and name keys, made by Core's
        // SearchTerms), a row per sentence whose rowid is the article's seq times 65,536 plus the sentence's number,
        // so an article's rows are one rowid range. The index keeps no copy of the terms (contentless: 362 MB with
        // one for all SaudiNewsNet); where each sentence is sits in search_extents under the same rowid. The terms
        // come folded and separated by spaces, so the ascii tokenizer only splits at spaces (unicode61 looked up the
        // Unicode category of every character again).
        // search_indexed lists the articles indexed, at the clean text they have: changing an article's clean text
        // removes all three, and the next catch-up indexes it again.
        """
        CREATE VIRTUAL TABLE search_sentences USING fts5 (
            keys, stems, names,
            content = '', contentless_delete = 1,
            tokenize = 'ascii'
        );
        CREATE TABLE search_extents (
            id     INTEGER PRIMARY KEY,
            start  INTEGER NOT NULL,
            length INTEGER NOT NULL
        );
        CREATE TABLE search_indexed (
            article_seq INTEGER PRIMARY KEY REFERENCES articles (seq)
        );
        """,

        // 8: what `khabar watch` has read, so that a restart resumes where it stopped (IWatchLedger). A feed's items
        // are pending from the poll that listed them until their article is stored (read) or they are given up; a
        // read item keeps no copy of the feed's text.
        """
        CREATE TABLE watch_files (
            path     TEXT PRIMARY KEY,
            length   INTEGER NOT NULL,
            modified INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE watch_feeds (
            url           TEXT PRIMARY KEY,
            etag          TEXT,
            last_modified TEXT,
            polled_at     TEXT,
            failures      INTEGER NOT NULL DEFAULT 0,
            last_error    TEXT,
            retry_at      TEXT
        ) WITHOUT ROWID;
        CREATE TABLE watch_items (
            seq        INTEGER PRIMARY KEY,
            feed       TEXT NOT NULL REFERENCES watch_feeds (url),
            key        TEXT NOT NULL,
            link       TEXT,
            title      TEXT,
            published  TEXT,
            html       TEXT,
            feed_title TEXT,
            state      TEXT NOT NULL DEFAULT 'pending',
            attempts   INTEGER NOT NULL DEFAULT 0,
            due        TEXT NOT NULL,
            article_id TEXT,
            reason     TEXT,
            UNIQUE (feed, key)
        );
        CREATE INDEX watch_items_pending ON watch_items (due) WHERE state = 'pending';
        """,

        // 9: the facets story lists filter on, kept with each consolidation and dropped with it: fact counts by status
        // beside the payload, and the entities a story names under each of their keys (EntityKeys), so that a list
        // "with conflicts" or "naming X" reads a column or an index instead of every story's record; and articles by outlet. Consolidations
        // stored before have no facets: they are dropped here, and the next catch-up consolidates again.
        """
        ALTER TABLE consolidations ADD COLUMN corroborated INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE consolidations ADD COLUMN single INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE consolidations ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE story_entities (
            key      TEXT    NOT NULL,
            story_id TEXT    NOT NULL,
            type     INTEGER NOT NULL,
            name     TEXT    NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (key, story_id)
        ) WITHOUT ROWID;
        CREATE INDEX story_entities_story ON story_entities (story_id);
        CREATE INDEX articles_source ON articles (source);
        DELETE FROM consolidations;
        """,

        // 10: index terms keyed by term, then publication time (unix seconds; an undated article's under -2^62), so
        // that the articles sharing a term within a window of days are one range of the key: looked up by term alone,
        // every article ever to hold a common term was read and then filtered by date, and Assign's cost per article
        // grew with the store (docs/web.md).
        """
        CREATE TABLE assign_terms_by_time (
            term        INTEGER NOT NULL,
            published   INTEGER NOT NULL,
            article_seq INTEGER NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (term, published, article_seq)
        ) WITHOUT ROWID;
        INSERT INTO assign_terms_by_time (term, published, article_seq)
            SELECT t.term, coalesce(m.published_utc, -4611686018427387904), t.article_seq
            FROM assign_terms t JOIN story_members m ON m.article_seq = t.article_seq;
        DROP TABLE assign_terms;
        ALTER TABLE assign_terms_by_time RENAME TO assign_terms;
        """,

        // 11: derived records and consolidations by version, so that "is anything out of date?" (every report's
        // catch-up) counts two index ranges instead of looking up every article's records among their payloads:
        // 0.4 s of every report on SaudiNewsNet before (docs/storage.md).
        """
        CREATE INDEX derived_version ON derived (kind, version);
        CREATE INDEX consolidations_version ON consolidations (version);
        """,

        // 12: the search index in shards by article: the sentences of articles seq >> 14 = k (16,384 articles a
        // shard) go to search_sentences_k, made when its first article is indexed (columns and tokenizer as in 7) and
        // listed in search_shards. A search ranks the newest matches shard by shard, newest first, so BM25's pass over
        // every row that holds a term (to weigh it) reads one shard's rows, not the whole store's: its cost stops
        // growing with the store (docs/web.md). The one index of 7 is dropped and every article indexed again by the
        // next catch-up (26 s for SaudiNewsNet).
        """
        DROP TABLE search_sentences;
        DELETE FROM search_extents;
        DELETE FROM search_indexed;
        CREATE TABLE search_shards (
            shard INTEGER PRIMARY KEY
        );
        """,

        // 13: which shards hold each term of the search index (as FTS5's ascii tokenizer cuts the columns), so that a
        // search asks only the shards that have its words: a word that matches little was otherwise looked up in every
        // shard (docs/web.md). A term stays listed after its last row in a shard is gone: a shard too many is asked,
        // none is missed. Shards indexed before are mapped from their own vocabulary when a store is opened
        // (mapped = 0 until then; a search asks an unmapped shard whatever the words).
        """
        CREATE TABLE search_terms (
            term  TEXT    NOT NULL,
            shard INTEGER NOT NULL,
            PRIMARY KEY (term, shard)
        ) WITHOUT ROWID;
        ALTER TABLE search_shards ADD COLUMN mapped INTEGER NOT NULL DEFAULT 0;
        """,

        // 14: the stories with conflicts, and with corroborated facts, each an index of their own that holds the
        // count too (a query answered from the index alone). Migration 9 added the counts after the payload, so
        // reading them read every consolidation's payload to its end: a list "with conflicts" took 25-30 s on the
        // replayed store of 632,727 stories (docs/web.md).
        """
        CREATE INDEX IF NOT EXISTS consolidations_conflicts ON consolidations (version, conflicts, story_id) WHERE conflicts > 0;
        CREATE INDEX IF NOT EXISTS consolidations_corroborated ON consolidations (version, corroborated, story_id) WHERE corroborated > 0;
        """,

        // 15: each indexed sentence's text kept with its extent, so that a search hit reads neither the article's row
        // nor its text: with the clean text after the raw text in the row, a hit read two or three pages of the
        // article, a third of the pages a search read at a million articles (docs/web.md). The table is made again in
        // rowid order with the texts cut from the articles' clean texts; an extent the clean text no longer holds is
        // left out (a search skips a sentence without one, as it did).
        new("""
            CREATE TABLE search_extents_texts (
                id     INTEGER PRIMARY KEY,
                start  INTEGER NOT NULL,
                length INTEGER NOT NULL,
                text   TEXT    NOT NULL
            );
            """,
            KeepSentenceTexts,
            """
            DROP TABLE search_extents;
            ALTER TABLE search_extents_texts RENAME TO search_extents;
            """),

        // 16: each assigned article's passage prints as one row (a JSON array of them, ascending), not a row per print
        // keyed by print. Assign looks prints up in memory (SqliteArticleStore.HeldPrints, read from this table once),
        // so the table is only written and read whole; a row per print cost a million keyed inserts for SaudiNewsNet,
        // each chunk's at random places of the key. The view passage_prints keeps the old rows for the store copy
        // (khabar export compares them with PostgreSQL's table), and takes its rows too. passage_print_changes counts
        // every change to the rows (triggers), so that a memo of them need not be read again when another connection
        // wrote something else to the file (a live service's feed ledger writes between two batches).
        """
        CREATE TABLE passage_print_sets (
            article_seq INTEGER PRIMARY KEY REFERENCES articles (seq),
            prints      TEXT    NOT NULL
        );
        CREATE TABLE passage_print_changes (n INTEGER NOT NULL);
        INSERT INTO passage_print_changes (n) VALUES (0);
        CREATE TRIGGER passage_print_sets_insert AFTER INSERT ON passage_print_sets
            BEGIN UPDATE passage_print_changes SET n = n + 1; END;
        CREATE TRIGGER passage_print_sets_update AFTER UPDATE ON passage_print_sets
            BEGIN UPDATE passage_print_changes SET n = n + 1; END;
        CREATE TRIGGER passage_print_sets_delete AFTER DELETE ON passage_print_sets
            BEGIN UPDATE passage_print_changes SET n = n + 1; END;
        INSERT INTO passage_print_sets (article_seq, prints)
            SELECT article_seq, json_group_array(print) FROM (SELECT article_seq, print FROM passage_prints ORDER BY article_seq, print)
            GROUP BY article_seq;
        DROP TABLE passage_prints;
        CREATE VIEW passage_prints (print, article_seq) AS
            SELECT j.value, s.article_seq FROM passage_print_sets s, json_each(s.prints) j;
        CREATE TRIGGER passage_prints_insert INSTEAD OF INSERT ON passage_prints
        BEGIN
            INSERT INTO passage_print_sets (article_seq, prints) VALUES (NEW.article_seq, json_array(NEW.print))
            ON CONFLICT (article_seq) DO UPDATE SET prints = (
                SELECT json_group_array(value) FROM (
                    SELECT value FROM json_each(passage_print_sets.prints) UNION SELECT NEW.print ORDER BY 1));
        END;
        """,

        // 17: each lone article (linked to no other), the article it is attached to, if any, and how many candidate pairs
        // it is in (Core's LoneArticles, counted up to one past its bar). The assigned articles with no link become lone
        // rows attached to none, with candidates past counting (their count is not known): stories assigned before keep
        // their shape, and their lone articles never attach.
        """
        CREATE TABLE story_attachments (
            article_id TEXT PRIMARY KEY,
            partner    TEXT,
            score      REAL,
            candidates INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO story_attachments (article_id, candidates)
            SELECT article_id, 1000000 FROM story_members
            WHERE article_id NOT IN (SELECT a FROM story_links UNION SELECT b FROM story_links);
        """,
    ];

    /// <summary>
    /// A step of the schema: SQL, then optionally code that moves data and SQL after it, all in the step's
    /// transaction. A string is a step of SQL alone.
    /// </summary>
    private sealed record Migration(string Sql, Action<SqliteConnection, SqliteTransaction>? Code = null, string After = "")
    {
        public static implicit operator Migration(string sql) => new(sql);
    }

    /// <summary>The version a fully migrated database has.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>Brings <paramref name="connection"/> up to <see cref="CurrentVersion"/>.</summary>
    /// <exception cref="InvalidOperationException">The database is newer than this program.</exception>
    public static void Migrate(SqliteConnection connection)
    {
        var version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"database schema version {version} is newer than this Khabar ({CurrentVersion}); upgrade Khabar");
        }

        for (var step = version; step < CurrentVersion; step++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[step].Sql;
            command.ExecuteNonQuery();
            Migrations[step].Code?.Invoke(connection, transaction);
            command.CommandText = Migrations[step].After + $"\nPRAGMA user_version = {step + 1};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>Migration 15: copies every sentence extent with its text, an article's clean text read once.</summary>
    private static void KeepSentenceTexts(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var extents = connection.CreateCommand();
        extents.Transaction = transaction;
        extents.CommandText = "SELECT id, start, length FROM search_extents ORDER BY id";
        using var article = connection.CreateCommand();
        article.Transaction = transaction;
        article.CommandText = "SELECT clean_text FROM articles WHERE seq = $seq";
        var seqParameter = article.Parameters.Add("$seq", SqliteType.Integer);
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO search_extents_texts (id, start, length, text) VALUES ($id, $start, $length, $text)";
        var (id, start, length, text) = (
            insert.Parameters.Add("$id", SqliteType.Integer), insert.Parameters.Add("$start", SqliteType.Integer),
            insert.Parameters.Add("$length", SqliteType.Integer), insert.Parameters.Add("$text", SqliteType.Text));
        var (seq, clean) = (-1L, (string?)null);
        using var reader = extents.ExecuteReader();
        while (reader.Read())
        {
            var rowId = reader.GetInt64(0);
            if (rowId >> SqliteArticleStore.SentenceBits != seq)
            {
                seq = rowId >> SqliteArticleStore.SentenceBits;
                seqParameter.Value = seq;
                clean = article.ExecuteScalar() as string;
            }

            var extent = new TextExtent(reader.GetInt32(1), reader.GetInt32(2));
            if (clean is null || extent.End > clean.Length)
            {
                continue;
            }

            (id.Value, start.Value, length.Value, text.Value) = (rowId, extent.Start, extent.Length, extent.Of(clean).ToString());
            insert.ExecuteNonQuery();
        }
    }

    private static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
