using Khabar.Core.Consolidate;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests.Pipeline;

public class StoryReaderTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_damaged_consolidation_record_is_made_again_from_the_articles_when_read(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        using var _ = store;
        var story = store.Stories()[0];
        var good = pipeline.Reader.Story(story.Id)!;
        store.PutConsolidations([new ConsolidationToStore(story.Id, new DerivedRecord("consolidation", StoryConsolidator.Stamp, [1, 2, 3]), new StoryFacets(0, 0, 0, []))]);

        var one = pipeline.Reader.Story(story.Id)!;
        var all = pipeline.Reader.All().Single(r => r.Story.Id == story.Id);

        Assert.Equal(good.Consolidated.Facts.Select(f => f.Text), one.Consolidated.Facts.Select(f => f.Text));
        Assert.Equal(good.Consolidated.Summary.Select(s => s.Text), all.Consolidated.Summary.Select(s => s.Text));
        Assert.NotEqual([1, 2, 3], store.GetConsolidation(story.Id, StoryConsolidator.Stamp)); // repaired in the store
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Every_story_is_read_with_its_articles_and_the_copy_they_share(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        using var _ = store;

        var records = pipeline.Reader.All().ToList();

        // All() lists the stories without their members (StoryRows) and takes each story's article ids from its
        // members as read: the same stories, sizes and article order as the full listing.
        var listed = store.Stories();
        Assert.Equal(listed.Select(s => (s.Id, s.Articles.Count)), store.StoryRows().Select(r => (r.Story.Id, r.Size)));
        Assert.All(store.StoryRows(), r => Assert.Empty(r.Story.Articles));
        Assert.Equal(
            listed.Select(s => (s.Id, s.Articles.Count, s.To, s.From, string.Join('|', s.Sources))).Order(),
            store.StoryMarks().Select(m => (m.Id, m.Size, m.To, m.From, string.Join('|', m.Sources))).Order());
        Assert.Equal(listed.Select(s => string.Join(' ', s.Articles)), records.Select(r => string.Join(' ', r.Story.Articles)));
        Assert.Equal(store.Stories().Select(s => s.Id), records.Select(r => r.Story.Id));
        Assert.All(records, r => Assert.Equal(r.Story.Articles.Order(StringComparer.Ordinal), r.Articles.Select(a => a.Id).Order(StringComparer.Ordinal)));
        Assert.Contains(records, r => r.Reuse.Count > 0);
        Assert.All(records, r => Assert.All(r.Consolidated.Facts.SelectMany(f => f.Quotes), q =>
            Assert.Equal(r.Find(q.Article)!.CleanText.Substring(q.Start, q.Length), q.Text)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Reading_all_stories_in_batches_gives_what_reading_each_alone_gives(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        using var _ = store;

        foreach (var batched in pipeline.Reader.All())
        {
            var alone = pipeline.Reader.Story(batched.Story.Id)!;
            Assert.Equal(alone.Articles.Select(a => a.Id), batched.Articles.Select(a => a.Id));
            Assert.Equal(alone.Articles.Select(a => a.RawText), batched.Articles.Select(a => a.RawText));
            Assert.Equal(alone.Consolidated.Facts.Select(f => f.Text), batched.Consolidated.Facts.Select(f => f.Text));
            Assert.Equal(alone.Removals.Keys.Order(StringComparer.Ordinal), batched.Removals.Keys.Order(StringComparer.Ordinal));
            Assert.All(alone.Removals, r => Assert.Equal(r.Value, batched.Removals[r.Key]));
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void The_store_reads_many_stories_members_consolidations_and_records_at_once(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        var ids = store.Stories().Select(s => s.Id).Append("no-such-story").ToList();

        var members = store.MembersByStory(ids, withRawText: true);
        var consolidations = store.ConsolidationsOf(ids, StoryConsolidator.Stamp);
        var removals = store.DerivedOfMembers(ids, Core.Store.DerivedCodec.CleaningKind, Core.Clean.ArticleCleaner.Version);

        Assert.Equal(store.Stories().Count, members.Count);
        Assert.False(members.ContainsKey("no-such-story"));
        Assert.All(store.Stories(), s =>
        {
            Assert.Equal(store.MembersOf([s.Id]).Select(a => a.Id), members[s.Id].Select(a => a.Id));
            Assert.Equal(store.GetConsolidation(s.Id, StoryConsolidator.Stamp), consolidations[s.Id]);
        });
        Assert.Equal(store.Count(), removals.Count);
        Assert.Empty(store.ConsolidationsOf(ids, StoryConsolidator.Stamp + 1));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Reading_an_up_to_date_store_builds_no_model(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        var untouchable = new PipelineParts(
            () => throw new InvalidOperationException("analyzer built"),
            () => throw new InvalidOperationException("weights built"),
            () => throw new InvalidOperationException("consolidator built"));
        var pipeline = new KhabarPipeline(store, untouchable);

        var tally = pipeline.CatchUp();
        var records = pipeline.Reader.All().ToList();

        Assert.Equal(0, tally.Assigned.Articles);
        Assert.Equal(store.Stories().Count, records.Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Articles_read_without_removals_come_without_raw_text_and_with_removals_with_it(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        using var __ = store;
        var id = store.Stories()[0].Id;

        var bare = store.MembersByStory([id], withRawText: false)[id];
        var full = store.MembersByStory([id], withRawText: true)[id];
        var plain = pipeline.Reader.Story(id, withRemovals: false)!;

        Assert.All(bare, a => Assert.Equal(string.Empty, a.RawText));
        Assert.All(full, a => Assert.NotEqual(string.Empty, a.RawText));
        Assert.Equal(full.Select(a => a.CleanText), bare.Select(a => a.CleanText));
        Assert.All(plain.Articles, a => Assert.Equal(string.Empty, a.RawText));
        Assert.Empty(plain.Removals);
        Assert.All(pipeline.Reader.Story(id)!.Articles, a => Assert.NotEqual(string.Empty, a.RawText));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_caller_that_stops_reading_all_stories_early_leaves_the_store_free_to_use(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        using var __ = store;
        Assert.True(store.Stories().Count >= 2);

        var first = pipeline.Reader.All().First();
        var again = pipeline.Reader.All().Select(r => r.Story.Id).ToList();

        Assert.Equal(store.Stories()[0].Id, first.Story.Id);
        Assert.Equal(store.Stories().Select(s => s.Id), again);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_store_failing_while_all_stories_are_read_fails_the_caller_with_its_own_error(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        var reader = pipeline.Reader;
        var records = reader.All();
        store.Dispose();

        Assert.Throws<InvalidOperationException>(() => records.ToList()); // what a closed SQLite connection throws, not wrapped
    }
}
