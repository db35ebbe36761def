using Npgsql;

namespace Khabar.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as an ordered list of migrations, the same tables as SQLite's (<c>SqliteSchema</c>, whose
/// comments say what each holds) in PostgreSQL's types. <c>khabar_schema</c> says how many have run; each runs in
/// its own transaction together with the version bump, under an advisory lock, so that workers starting together
/// migrate once. Never edit a released step: add one.
/// </summary>
/// <remarks>
/// Ids and keys compare as bytes (<c>COLLATE "C"</c>), as in SQLite: story lists ordered by id, and the path ranges of
/// watched folders, come out the same whatever the database's locale.
/// </remarks>
internal static class PostgresSchema
{
    /// <summary>The advisory lock (first key) under which the schema is migrated.</summary>
    private const int MigrationLock = 0x4b68_0001;

    private static readonly string[] Migrations =
    [
        // 1: everything SQLite's ten migrations made. The search index is one tsvector a sentence: the match keys,
        // stems and name keys of SearchTerms, each tagged by its column (k:, s:, n:) and weighted A, B, C for ts_rank,
        // under a GIN index; where the sentence is sits beside it.
        """
        CREATE TABLE articles (
            seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id             text COLLATE "C" NOT NULL UNIQUE,
            origin         text NOT NULL,
            format         text NOT NULL,
            title          text,
            source         text,
            url            text,
            published      text,
            raw_text       text NOT NULL,
            clean_text     text NOT NULL,
            content_hash   text COLLATE "C" NOT NULL,
            duplicate_of   text COLLATE "C",
            published_from text
        );
        CREATE INDEX articles_content_hash ON articles (content_hash, seq);
        CREATE INDEX articles_source ON articles (source);
        CREATE TABLE derived (
            article_seq bigint  NOT NULL REFERENCES articles (seq),
            kind        text COLLATE "C" NOT NULL,
            version     integer NOT NULL,
            payload     bytea   NOT NULL,
            PRIMARY KEY (article_seq, kind)
        );
        CREATE TABLE stories (
            id            text COLLATE "C" PRIMARY KEY,
            title         text    NOT NULL,
            title_article text COLLATE "C" NOT NULL,
            span_from     text,
            span_to       text,
            size          integer NOT NULL,
            sources       text    NOT NULL
        );
        CREATE TABLE story_members (
            article_seq   bigint PRIMARY KEY REFERENCES articles (seq),
            article_id    text COLLATE "C" NOT NULL UNIQUE,
            story_id      text COLLATE "C" NOT NULL,
            published_utc bigint
        );
        CREATE INDEX story_members_story ON story_members (story_id);
        CREATE INDEX story_members_time ON story_members (published_utc);
        CREATE TABLE story_links (
            a       text COLLATE "C" NOT NULL,
            b       text COLLATE "C" NOT NULL,
            kind    text NOT NULL,
            score   double precision NOT NULL,
            jaccard double precision,
            PRIMARY KEY (a, b)
        );
        CREATE TABLE reuse (
            a        text COLLATE "C" NOT NULL,
            b        text COLLATE "C" NOT NULL,
            score    double precision NOT NULL,
            passages text NOT NULL,
            PRIMARY KEY (a, b)
        );
        CREATE INDEX reuse_b ON reuse (b);
        CREATE TABLE assign_terms (
            term        bigint NOT NULL,
            published   bigint NOT NULL,
            article_seq bigint NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (term, published, article_seq)
        );
        CREATE TABLE consolidations (
            story_id     text COLLATE "C" PRIMARY KEY,
            version      integer NOT NULL,
            payload      bytea   NOT NULL,
            corroborated integer NOT NULL DEFAULT 0,
            single       integer NOT NULL DEFAULT 0,
            conflicts    integer NOT NULL DEFAULT 0
        );
        CREATE TABLE story_aliases (
            old_id   text COLLATE "C" PRIMARY KEY,
            story_id text COLLATE "C" NOT NULL
        );
        CREATE INDEX story_aliases_story ON story_aliases (story_id);
        CREATE TABLE passage_prints (
            print       bigint NOT NULL,
            article_seq bigint NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (print, article_seq)
        );
        CREATE TABLE story_entities (
            key      text COLLATE "C" NOT NULL,
            story_id text COLLATE "C" NOT NULL,
            type     integer NOT NULL,
            name     text    NOT NULL,
            mentions integer NOT NULL,
            PRIMARY KEY (key, story_id)
        );
        CREATE INDEX story_entities_story ON story_entities (story_id);
        CREATE TABLE search_sentences (
            id     bigint   PRIMARY KEY,
            terms  tsvector NOT NULL,
            start  integer  NOT NULL,
            length integer  NOT NULL
        );
        CREATE INDEX search_sentences_terms ON search_sentences USING gin (terms);
        CREATE TABLE search_indexed (
            article_seq bigint PRIMARY KEY REFERENCES articles (seq)
        );
        CREATE TABLE watch_files (
            path     text COLLATE "C" PRIMARY KEY,
            length   bigint NOT NULL,
            modified bigint NOT NULL
        );
        CREATE TABLE watch_feeds (
            url           text COLLATE "C" PRIMARY KEY,
            etag          text,
            last_modified text,
            polled_at     text,
            failures      integer NOT NULL DEFAULT 0,
            last_error    text,
            retry_at      text
        );
        CREATE TABLE watch_items (
            seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            feed       text COLLATE "C" NOT NULL REFERENCES watch_feeds (url),
            key        text COLLATE "C" NOT NULL,
            link       text,
            title      text,
            published  text,
            html       text,
            feed_title text,
            state      text NOT NULL DEFAULT 'pending',
            attempts   integer NOT NULL DEFAULT 0,
            due        text COLLATE "C" NOT NULL,
            article_id text,
            reason     text,
            UNIQUE (feed, key)
        );
        CREATE INDEX watch_items_pending ON watch_items (due) WHERE state = 'pending';
        """,

        // 2: each lone article (linked to no other) and the article it is attached to, if any (Core's LoneArticles), as
        // SQLite's 17: the assigned articles with no link become lone rows attached to none, with candidates past counting.
        """
        CREATE TABLE story_attachments (
            article_id text COLLATE "C" PRIMARY KEY,
            partner    text COLLATE "C",
            score      double precision,
            candidates integer NOT NULL
        );
        INSERT INTO story_attachments (article_id, candidates)
            SELECT m.article_id, 1000000 FROM story_members m
            WHERE NOT EXISTS (SELECT 1 FROM story_links l WHERE l.a = m.article_id)
              AND NOT EXISTS (SELECT 1 FROM story_links l WHERE l.b = m.article_id);
        """,
    ];

    /// <summary>The version a fully migrated database has.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>Brings the database (its current schema) up to <see cref="CurrentVersion"/>.</summary>
    /// <exception cref="InvalidOperationException">The database is newer than this program.</exception>
    public static void Migrate(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock}, 0); CREATE TABLE IF NOT EXISTS khabar_schema (version integer NOT NULL); ");
        using (var read = new NpgsqlCommand("SELECT max(version) FROM khabar_schema", connection, transaction))
        {
            var version = read.ExecuteScalar() is int v ? v : 0;
            if (version > CurrentVersion)
            {
                throw new InvalidOperationException(
                    $"database schema version {version} is newer than this Khabar ({CurrentVersion}); upgrade Khabar");
            }

            for (var step = version; step < CurrentVersion; step++)
            {
                Execute(connection, transaction, Migrations[step]);
                Execute(connection, transaction, $"DELETE FROM khabar_schema; INSERT INTO khabar_schema (version) VALUES ({step + 1});");
            }
        }

        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
