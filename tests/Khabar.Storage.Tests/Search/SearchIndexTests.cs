using Khabar.Core.Ingest;
using Khabar.Core.Ports;
using Khabar.Core.Pipeline;
using Khabar.Core.Search;
using Khabar.Storage.Sqlite;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Storage.Tests.Search;

public class SearchIndexTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Every_article_stored_is_indexed_and_found_in_its_story(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        using var __ = store;

        var results = pipeline.Reader.Search(SearchQuery.Parse("العاصفة ظفار")!, 50);

        Assert.Empty(store.Unindexed(10));
        Assert.NotEmpty(results.Stories);
        var storyOf = store.StoryOf([.. results.Stories.SelectMany(s => s.Snippets).Select(h => h.ArticleId)]);
        Assert.All(results.Stories, story => Assert.All(story.Snippets, hit => Assert.Equal(storyOf[hit.ArticleId], story.StoryId)));
        Assert.All(results.Stories.SelectMany(s => s.Snippets), hit =>
        {
            var clean = store.Find(hit.ArticleId)!.CleanText;
            Assert.Equal(hit.Extent.Of(clean).ToString(), hit.Text);
            Assert.Contains(hit.Highlights, m => m.Of(hit.Text).ToString().Contains("العاصفة", StringComparison.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Beyond_the_rank_window_only_the_newest_matching_sentences_are_ranked_and_the_answer_says_so(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        var match = SearchQuery.Parse("العاصفة")!;
        var all = store.Search(match, 100, 1000);
        var seqOf = store.Articles().Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Assert.False(all.Windowed);
        Assert.True(all.Hits.Count > 3);

        var windowed = store.Search(match, 100, 3);

        Assert.True(windowed.Windowed);
        Assert.Equal(3, windowed.Hits.Count);
        // The newest three matches, by store order then sentence: the last three of all the hits in that order.
        var newest = all.Hits.OrderBy(h => seqOf[h.ArticleId]).ThenBy(h => h.Extent.Start).TakeLast(3).Select(h => (h.ArticleId, h.Extent.Start)).ToHashSet();
        Assert.All(windowed.Hits, h => Assert.Contains((h.ArticleId, h.Extent.Start), newest));
        Assert.Equal(windowed.Hits.Select(h => h.Rank).Order(), windowed.Hits.Select(h => h.Rank));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Indexing_an_article_again_replaces_its_sentences(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        var query = SearchQuery.Parse("العاصفة")!;
        var before = store.Search(query, 100, 1000).Hits.Count;
        var article = store.Find("storm-alofoq-dhofar")!;

        store.Index([(article.Id, SearchTerms.Of(article.CleanText, []))]);
        store.Index([(article.Id, SearchTerms.Of(article.CleanText, []))]);

        Assert.Equal(before, store.Search(query, 100, 1000).Hits.Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void An_article_given_twice_in_one_indexing_is_indexed_once(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        var query = SearchQuery.Parse("العاصفة")!;
        var before = store.Search(query, 100, 1000).Hits;
        var article = store.Find("storm-alofoq-dhofar")!;
        var sentences = SearchTerms.Of(article.CleanText, []);

        store.Index([(article.Id, sentences), (article.Id, sentences)]);

        var after = store.Search(query, 100, 1000).Hits;
        Assert.Equal(before.Count, after.Count);
        Assert.Single(after, h => h.ArticleId == article.Id && h.Extent == before.First(b => b.ArticleId == article.Id).Extent);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void An_article_indexed_with_nothing_to_index_is_not_taken_up_again(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        var article = store.Find("storm-alofoq-dhofar")!;

        store.Index([(article.Id, [])]);

        Assert.Empty(store.Unindexed(10));
        Assert.DoesNotContain(store.Search(SearchQuery.Parse("العاصفة")!, 100, 1000).Hits, h => h.ArticleId == article.Id);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Storing_indexes_each_article_in_the_same_write_as_catch_up_would(string kind)
    {
        using var store = TestStores.Open(kind);
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        var query = SearchQuery.Parse("بافلينكو")!;

        pipeline.Store(new FileSource([SharedData.Samples], IngestOptions.Default));

        // Nothing left for the catch-up to index, and a name found by its other spelling before any catch-up ran.
        Assert.Empty(store.Unindexed(10));
        var atStore = store.Search(query, 100, 1000).Hits;
        Assert.NotEmpty(atStore);
        Assert.NotEmpty(store.Search(SearchQuery.Parse("Pavlenko")!, 100, 1000).Hits);

        // The same sentences in the same order as indexing the stored articles afterwards gives (the ranks themselves
        // move: FTS5 counts the replaced rows in its statistics until it merges).
        var articles = store.Articles().ToList();
        var pipelineAfter = new KhabarPipeline(store, PipelineParts.BuiltIn());
        store.Index([.. articles.Select(a => (a.Id, SearchTerms.Of(a.CleanText, pipelineAfter.Preparation.Analyze(a.CleanText))))]);
        var afterwards = store.Search(query, 100, 1000).Hits;
        Assert.Equal(atStore.Select(h => (h.ArticleId, h.Extent)), afterwards.Select(h => (h.ArticleId, h.Extent)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_word_is_found_by_its_stem_where_the_text_has_the_stem_as_a_word_of_its_own(string kind)
    {
        // A word that is its own stem (مطار, ميناء) is indexed among the keys only; the same word typed with a
        // proclitic (بالمطار) is searched by that stem and must still find it, though no sentence holds «بالمطار».
        var (store, pipeline) = DemoStore.Open(kind);
        using var __ = store;
        var texts = store.Articles().Select(a => a.CleanText).ToList();
        var (word, typed) = texts
            .SelectMany(text => Tokens(text).Where(t => t.IsWord).Select(t => SearchTerms.Word(t, text)))
            .OfType<SearchWord>()
            .Where(w => w.Key == w.Stem && w.Key.Length >= 4 && !StopWords.Default.Contains(w.Key))
            .Select(w => (Word: w, Typed: "بال" + w.Key))
            .First(x => Parsed(x.Typed).Stem == x.Word.Key && Parsed(x.Typed).Key != x.Word.Key
                && !texts.Any(t => t.Contains(x.Typed, StringComparison.Ordinal)));

        var hits = pipeline.Reader.Search(SearchQuery.Parse(typed)!, 100).Stories.SelectMany(s => s.Snippets).ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.Highlights, m => Parsed(m.Of(h.Text).ToString()).Stem == word.Key));
        Assert.Empty(store.Search(SearchQuery.Parse($"\"{typed}\"")!, 100, 1000).Hits); // a phrase is of keys only
        Assert.Equal(word.Stem, Parsed(typed).Stem);
    }

    private static SearchWord Parsed(string word) => SearchTerms.Word(Tokens(word)[0], word)!;

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens;
    }

    [Fact]
    public void Articles_far_apart_in_store_order_are_indexed_in_two_shards_and_searched_newest_first()
    {
        var path = DemoFile();
        var folder = Path.GetDirectoryName(path)!;

        // The next article stored is the 40,001st: as if forty thousand had come between (shard 2, not shard 0).
        Execute(path, "UPDATE sqlite_sequence SET seq = 40000 WHERE name = 'articles'");

        var later = Path.Combine(folder, "later.txt");
        File.WriteAllText(later, "العاصفة تعود إلى ظفار\n\nقالت هيئة الأرصاد إن العاصفة المدارية تقترب من ساحل ظفار مرة أخرى، وإن الأمطار ستشتد مساء الغد.\n");
        using (var store = SqliteArticleStore.Open(path))
        {
            var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
            pipeline.Run(new FileSource([later], IngestOptions.Default));
            var match = SearchQuery.Parse("العاصفة")!;
            var laterId = store.Articles().Last().Id;

            var all = store.Search(match, 100, 1000);
            var newest = store.Search(match, 100, 2);
            var oneBeyond = store.Search(match, 100, 3);

            Assert.False(all.Windowed);
            Assert.Contains(all.Hits, h => h.ArticleId == laterId);
            Assert.Contains(all.Hits, h => h.ArticleId != laterId);
            Assert.Equal(all.Hits.Count, store.SearchCount(match));
            Assert.Equal(all.Hits.Select(h => h.Rank).Order(), all.Hits.Select(h => h.Rank));
            // The later article's two sentences are the newest two matches, both in its own shard.
            Assert.True(newest.Windowed);
            Assert.Equal(2, newest.Hits.Count);
            Assert.All(newest.Hits, h => Assert.Equal(laterId, h.ArticleId));
            Assert.Equal(2, oneBeyond.Hits.Count(h => h.ArticleId == laterId));
            Assert.Single(oneBeyond.Hits, h => h.ArticleId != laterId);
            // Words of one shard only are found there.
            Assert.All(store.Search(SearchQuery.Parse("ستشتد")!, 100, 1000).Hits, h => Assert.Equal(laterId, h.ArticleId));
            Assert.NotEmpty(store.Search(SearchQuery.Parse("ستشتد")!, 100, 1000).Hits);
            Assert.DoesNotContain(store.Search(SearchQuery.Parse("Pavlenko")!, 100, 1000).Hits, h => h.ArticleId == laterId);
            Assert.NotEmpty(store.Search(SearchQuery.Parse("Pavlenko")!, 100, 1000).Hits);
        }

        // The shards a term is listed in are the only ones asked: with shard 0's listing gone, a word of that shard
        // alone is not found there (the list is written with the index, so this never happens by itself).
        Execute(path, "DELETE FROM search_terms WHERE shard = 0");
        using (var store = SqliteArticleStore.Open(path))
        {
            Assert.Empty(store.Search(SearchQuery.Parse("Pavlenko")!, 100, 1000).Hits);
            Assert.NotEmpty(store.Search(SearchQuery.Parse("ستشتد")!, 100, 1000).Hits);
        }

        Assert.Equal("0,2", Scalar(path, "SELECT group_concat(shard) FROM (SELECT shard FROM search_shards ORDER BY shard)"));

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Matches_older_than_the_newest_eight_shards_with_any_follow_the_ranked_ones_unranked_and_only_to_fill_a_page()
    {
        var path = DemoFile();
        var folder = Path.GetDirectoryName(path)!;

        // Nine later articles, each 20,000 articles after the one before: each in a shard of its own.
        var later = new List<string>();
        for (var i = 1; i <= 9; i++)
        {
            Execute(path, $"UPDATE sqlite_sequence SET seq = {i * 20_000} WHERE name = 'articles'");

            var file = Path.Combine(folder, $"later-{i}.txt");
            File.WriteAllText(file, $"نشرة رقم {i} عن العاصفة\n\nقالت هيئة الأرصاد في نشرتها رقم {i} إن العاصفة المدارية تبتعد عن الساحل.\n");
            using var store = SqliteArticleStore.Open(path);
            new KhabarPipeline(store, PipelineParts.BuiltIn()).Run(new FileSource([file], IngestOptions.Default));
            later.Add(store.Articles().Last().Id);
        }

        using (var store = SqliteArticleStore.Open(path))
        {
            var match = SearchQuery.Parse("العاصفة")!;
            var all = store.Search(match, 1000, 1000);
            var page = store.Search(match, 5, 1000);

            // The newest eight articles' shards are ranked; the ninth-newest and the samples' shard follow, unranked, newest first.
            Assert.True(all.Windowed);
            var ranked = all.Hits.TakeWhile(h => h.Rank < 0).ToList();
            var unranked = all.Hits.Skip(ranked.Count).ToList();
            Assert.Equal(later.Skip(1).ToHashSet(), ranked.Select(h => h.ArticleId).ToHashSet());
            Assert.All(unranked, h => Assert.Equal(0, h.Rank));
            Assert.Equal(later[0], unranked[0].ArticleId);
            Assert.Contains(unranked, h => !later.Contains(h.ArticleId));
            Assert.Equal(store.SearchCount(match), all.Hits.Count);
            // A page of five is filled from the newest shards; nothing older is read, and the answer says so.
            Assert.Equal(5, page.Hits.Count);
            Assert.All(page.Hits, h => Assert.True(h.Rank < 0));
            Assert.True(page.Windowed);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_shards_listed_for_each_term_are_what_fts5_holds_and_a_store_without_the_list_is_mapped_when_opened()
    {
        var path = DemoFile();

        static (HashSet<string> Listed, HashSet<string> Vocabulary) Terms(string path) => (
            Strings(path, "SELECT term FROM search_terms WHERE shard = 0"),
            Strings(path, "CREATE VIRTUAL TABLE temp.v USING fts5vocab (main, 'search_sentences_0', 'row'); SELECT term FROM temp.v"));

        // Written as the articles are indexed: the tokens FTS5 made, Latin names folded as it folds them.
        var (listed, vocabulary) = Terms(path);
        Assert.Contains("pavlenko", vocabulary);
        Assert.True(vocabulary.SetEquals(listed), $"{vocabulary.Except(listed).Count()} terms unlisted, {listed.Except(vocabulary).Count()} listed in vain");

        // A store from before migration 13: nothing listed, the shard unmapped. Opened while another process writes,
        // it opens all the same and searches the unmapped shard whole; opened again later, it maps the shard.
        Execute(path, "DELETE FROM search_terms; UPDATE search_shards SET mapped = 0;");
        using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            writer.Open();
            using var hold = writer.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            hold.ExecuteNonQuery();
            using var store = SqliteArticleStore.Open(path);
            Assert.NotEmpty(store.Search(SearchQuery.Parse("Pavlenko")!, 10, 300).Hits);
            Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM search_terms"));
        }


        using (var store = SqliteArticleStore.Open(path))
        {
            Assert.NotEmpty(store.Search(SearchQuery.Parse("Pavlenko")!, 10, 300).Hits);
        }

        (listed, vocabulary) = Terms(path);
        Assert.True(vocabulary.SetEquals(listed));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    /// <summary>Passage prints a row each, as before migration 16 (which then runs again).</summary>
    internal const string PrintsAsBeforeMigration16 = """

        CREATE TABLE old_prints (print INTEGER NOT NULL, article_seq INTEGER NOT NULL REFERENCES articles (seq), PRIMARY KEY (print, article_seq)) WITHOUT ROWID;
        INSERT INTO old_prints SELECT print, article_seq FROM passage_prints;
        DROP VIEW passage_prints;
        DROP TABLE passage_print_sets;
        DROP TABLE passage_print_changes;
        ALTER TABLE old_prints RENAME TO passage_prints;
        DROP TABLE story_attachments;
        """;

    [Fact]
    public void A_store_whose_extents_have_no_texts_gets_each_sentence_cut_from_its_article()
    {
        var path = DemoFile();
        List<SentenceHit> before;
        using (var store = SqliteArticleStore.Open(path))
        {
            before = [.. store.Search(SearchQuery.Parse("Pavlenko")!, 20, 300).Hits];
        }

        // The store as schema 14 left it: extents without texts. One extent now lies past its article's clean text
        // (the text changed since, the index not yet caught up): it has no text to keep.
        Execute(path, """
            CREATE TABLE old_extents (id INTEGER PRIMARY KEY, start INTEGER NOT NULL, length INTEGER NOT NULL);
            INSERT INTO old_extents SELECT id, start, length FROM search_extents;
            DROP TABLE search_extents;
            ALTER TABLE old_extents RENAME TO search_extents;
            UPDATE search_extents SET start = 1000000 WHERE id = (SELECT max(id) FROM search_extents);
            PRAGMA user_version = 14;
            """ + PrintsAsBeforeMigration16);
        var extents = (long)Scalar(path, "SELECT count(*) FROM search_extents")!;

        using (var store = SqliteArticleStore.Open(path))
        {
            var after = store.Search(SearchQuery.Parse("Pavlenko")!, 20, 300).Hits;
            Assert.NotEmpty(after);
            Assert.Equal(before, after);
        }

        Assert.Equal(extents - 1, (long)Scalar(path, "SELECT count(*) FROM search_extents")!);
        Assert.Equal(0L, Scalar(path, """
            SELECT count(*) FROM search_extents e JOIN articles a ON a.seq = e.id >> 16
            WHERE e.text IS NOT substr(a.clean_text, e.start + 1, e.length)
            """));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void A_store_with_the_one_index_of_migration_7_is_indexed_again_in_shards()
    {
        var path = DemoFile();

        // The store as schema 11 left it: one index for all articles, every article indexed in it.
        Execute(path, """
                DROP TABLE search_sentences_0; DROP TABLE search_shards; DROP TABLE search_terms;
                CREATE VIRTUAL TABLE search_sentences USING fts5 (keys, stems, names, content = '', contentless_delete = 1, tokenize = 'ascii');
                INSERT INTO search_sentences (rowid, keys, stems, names) SELECT id, 'x', 'x', 'x' FROM search_extents;
                PRAGMA user_version = 11;
                """ + PrintsAsBeforeMigration16);

        using (var store = SqliteArticleStore.Open(path))
        {
            var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
            Assert.Equal(store.Count(), store.Unindexed(1000).Count);

            var tally = pipeline.CatchUp();

            Assert.Equal(store.Count(), tally.Indexed);
            Assert.NotEmpty(pipeline.Reader.Search(SearchQuery.Parse("Pavlenko")!, 10).Stories);
            Assert.Equal(0, store.SearchCount(SearchQuery.Parse("x")!));
        }

        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'search_sentences'"));

        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void A_store_made_before_the_index_is_indexed_by_the_next_catch_up()
    {
        var path = DemoFile();

        Execute(path, "DELETE FROM search_sentences_0; DELETE FROM search_extents; DELETE FROM search_indexed;");

        using (var store = SqliteArticleStore.Open(path))
        {
            var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
            Assert.Equal(store.Count(), store.Unindexed(1000).Count);

            var tally = pipeline.CatchUp();

            Assert.Equal(store.Count(), tally.Indexed);
            Assert.NotEmpty(pipeline.Reader.Search(SearchQuery.Parse("Pavlenko")!, 10).Stories);
        }

        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Terms_a_batch_repeats_from_the_batches_before_stay_listed_and_its_new_terms_are_listed()
    {
        // The store remembers what it listed for its shard and lists only a batch's new terms; written two articles
        // at a time, the list must still be exactly the shard's vocabulary.
        var path = Path.Combine(Directory.CreateTempSubdirectory("khabar-search-").FullName, "k.db");
        using (var store = SqliteArticleStore.Open(path))
        {
            var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
            var tally = new Core.Store.IngestJob(store, pipeline.Preparation, batchSize: 2)
                .Run(new FileSource([SharedData.Samples], IngestOptions.Default).Read().Where(i => i.Article is not null).Select(i => i.Article!));
            Assert.True(tally.Stored > 4, $"{tally.Stored} stored");
        }

        var listed = Strings(path, "SELECT term FROM search_terms WHERE shard = 0");
        var vocabulary = Strings(path, "CREATE VIRTUAL TABLE temp.v USING fts5vocab (main, 'search_sentences_0', 'row'); SELECT term FROM temp.v");
        Assert.Contains("pavlenko", vocabulary);
        Assert.True(vocabulary.SetEquals(listed), $"{vocabulary.Except(listed).Count()} terms unlisted, {listed.Except(vocabulary).Count()} listed in vain");
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    private static HashSet<string> Strings(string path, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var strings = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            strings.Add(reader.GetString(0));
        }

        return strings;
    }

    /// <summary>A SQLite store file in a folder of its own, holding the demo corpus.</summary>
    private static string DemoFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("khabar-search-").FullName, "k.db");
        using var store = SqliteArticleStore.Open(path);
        new KhabarPipeline(store, PipelineParts.BuiltIn()).Run(new FileSource([SharedData.Samples], IngestOptions.Default));
        return path;
    }

    /// <summary>Runs SQL on the file behind the store's back (what an older Khabar, or a skipped sequence, left).</summary>
    private static void Execute(string path, string sql) => Scalar(path, sql);

    internal static object? Scalar(string path, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
