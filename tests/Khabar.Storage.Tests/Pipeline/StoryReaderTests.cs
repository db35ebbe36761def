using Khabar.Core.Consolidate;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests.Pipeline;

public class StoryReaderTests
{
    private static (SqliteArticleStore Store, KhabarPipeline Pipeline) Samples()
    {
        var store = SqliteArticleStore.Open(":memory:");
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        pipeline.Run(new FileSource([SharedData.Samples], IngestOptions.Default));
        return (store, pipeline);
    }

    [Fact]
    public void A_damaged_consolidation_record_is_made_again_from_the_articles_when_read()
    {
        var (store, pipeline) = Samples();
        using var _ = store;
        var story = store.Stories()[0];
        var good = pipeline.Reader.Story(story.Id)!;
        store.PutConsolidations([(story.Id, new DerivedRecord("consolidation", StoryConsolidator.Stamp, [1, 2, 3]))]);

        var one = pipeline.Reader.Story(story.Id)!;
        var all = pipeline.Reader.All().Single(r => r.Story.Id == story.Id);

        Assert.Equal(good.Consolidated.Facts.Select(f => f.Text), one.Consolidated.Facts.Select(f => f.Text));
        Assert.Equal(good.Consolidated.Summary.Select(s => s.Text), all.Consolidated.Summary.Select(s => s.Text));
        Assert.NotEqual([1, 2, 3], store.GetConsolidation(story.Id, StoryConsolidator.Stamp)); // repaired in the store
    }

    [Fact]
    public void Every_story_is_read_with_its_articles_and_the_copy_they_share()
    {
        var (store, pipeline) = Samples();
        using var _ = store;

        var records = pipeline.Reader.All().ToList();

        Assert.Equal(store.Stories().Select(s => s.Id), records.Select(r => r.Story.Id));
        Assert.All(records, r => Assert.Equal(r.Story.Articles.Order(StringComparer.Ordinal), r.Articles.Select(a => a.Id).Order(StringComparer.Ordinal)));
        Assert.Contains(records, r => r.Reuse.Count > 0);
        Assert.All(records, r => Assert.All(r.Consolidated.Facts.SelectMany(f => f.Quotes), q =>
            Assert.Equal(r.Find(q.Article)!.CleanText.Substring(q.Start, q.Length), q.Text)));
    }
}
